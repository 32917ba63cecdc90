import ShellEngine

/// `Disconnect-VIServer`: closes connections (wildcards allowed), asking first unless `-Confirm:$false`.
public final class DisconnectVIServerCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Disconnect-VIServer", className: "VMware.VimAutomation.ViCore.Cmdlets.Commands.DisconnectVIServer", module: "VMware.VimAutomation.Core",
        synopsis: "This cmdlet closes the connection to one or more vCenter Server systems.",
        description: "This cmdlet closes the connection to one or more vCenter Server systems. When a server is disconnected, it is removed from the default servers list.",
        supportsShouldProcess: true, confirmsByDefault: true,
        examples: [HelpExample("Disconnect-VIServer -Server * -Confirm:$false", "Disconnects from all connected servers without asking for confirmation.")])

    @Parameter(position: 0, pipeline: .byValue, description: "Specifies the servers you want to disconnect from.", wildcards: true)
    var server: [VIServerArgument]
    @Parameter(description: "Indicates that you want to close all active connections to the specified server.")
    var force: SwitchParameter

    public init() {}

    public func process(_ context: CommandContext) throws {
        let session = try PowerCLISession.of(context)
        var patterns = server.map(ObjectResolution.serverPattern)
        if server.isEmpty, let last = session.connections.last { patterns = [WildcardPattern(last.server)] }
        let writtenNames: [String?] = server.map { argument in
            if case .name(let name) = argument { return name }
            return nil
        }
        for pattern in patterns.enumerated().map({ (index: $0.offset, matches: $0.element.matches, hasWildcards: $0.element.hasWildcards) }) {
            let matching = session.connections.filter { pattern.matches($0.server) }
            // A server named without wildcards that is not connected: PowerCLI's object-by-name failure, for that name.
            if matching.isEmpty, !pattern.hasWildcards, pattern.index < writtenNames.count, let name = writtenNames[pattern.index] {
                try context.writeError(InventoryResolution.notFound("VIServer", name, context).record)
                continue
            }
            for connection in matching.reversed() {
                let target = "User: \(connection.domain.uppercased())\\\(connection.user.name), Server: \(connection.server), Port: \(connection.port)"
                guard try context.shouldProcess(target: target, action: "Disconnect VIServer") else { continue }
                if let index = session.connections.lastIndex(where: { $0.sessionId == connection.sessionId }) {
                    session.connections.remove(at: index)
                }
            }
        }
        session.publishDefaultServers(context.shell)
    }
}
