import Foundation
import ShellEngine
import TrustAuthority

/// Turns inventory parameter values (objects, or names PowerCLI looks up on the selected servers) into
/// lab items with the connection each was read through.
enum InventoryResolution {
    /// The containers `-Location` names: objects keep their own connection; names (wildcards allowed) are
    /// looked up among the datacenters, clusters and hosts of `inventories`. A name that finds nothing is a
    /// terminating error, as PowerCLI's object-by-name selector makes it.
    static func containers<Kind: ObjectKind>(_ arguments: [ObjectArgument<Kind>], in inventories: [ConnectionInventory],
                           _ context: CommandContext) throws -> [(ConnectionInventory, InventoryReference)] {
        let session = try PowerCLISession.of(context)
        var found: [(ConnectionInventory, InventoryReference)] = []
        for argument in arguments {
            switch argument {
            case .object(let object):
                guard let reference = object.baseObject as? InventoryReference, let connection = session.connection(of: reference) else {
                    throw notFound("VIContainer", LanguagePrimitives.toString(.object(object)), context)
                }
                found.append((ConnectionInventory(connection, lab: session.lab), reference))
            case .name(let name):
                let pattern = WildcardPattern(name)
                let matching = inventories.flatMap { inventory in inventory.containers(matching: pattern).map { (inventory, $0) } }
                if matching.isEmpty && !pattern.hasWildcards { throw notFound("VIContainer", name, context) }
                found += matching
            }
        }
        return found
    }

    /// The hosts `-VMHost` names, each with the inventory of its connection.
    static func vmHosts(_ arguments: [VMHostArgument], in inventories: [ConnectionInventory],
                        _ context: CommandContext) throws -> [(ConnectionInventory, VMHost)] {
        let session = try PowerCLISession.of(context)
        var found: [(ConnectionInventory, VMHost)] = []
        for argument in arguments {
            switch argument {
            case .object(let object):
                guard let reference = object.baseObject as? InventoryReference, reference.kind == .vmHost,
                      let connection = session.connection(of: reference) else {
                    throw notFound("VMHost", LanguagePrimitives.toString(.object(object)), context)
                }
                let inventory = ConnectionInventory(connection, lab: session.lab)
                guard let host = inventory.hosts.first(where: { $0.id == reference.id }) else {
                    throw notFound("VMHost", reference.name, context)
                }
                found.append((inventory, host))
            case .name(let name):
                let pattern = WildcardPattern(name)
                let matching = inventories.flatMap { inventory in
                    inventory.hosts.filter { pattern.matches($0.name) || $0.id.equalsIgnoringCase(name) || ("HostSystem-" + $0.id).equalsIgnoringCase(name) }
                        .map { (inventory, $0) }
                }
                if matching.isEmpty && !pattern.hasWildcards { throw notFound("VMHost", name, context) }
                found += matching
            }
        }
        return found
    }

    /// PowerCLI's object-by-name failure: `Could not find VMHost with name 'x'.`
    static func notFound(_ type: String, _ name: String, _ context: CommandContext) -> RuntimeError {
        context.failure("Could not find \(type) with name '\(name)'.", id: "Core_ObnSelector_SelectObjectByNameCore_ObjectNotFound",
                        category: .objectNotFound, reason: "VimException", targetName: name, targetType: "String")
    }

    /// PowerCLI's not-found error of a Get- cmdlet's own filter (the ViError form, with the time):
    /// `VMHost with name 'x' was not found using the specified filter(s).`
    static func filterNotFound(_ type: String, _ what: String, _ value: String, _ context: CommandContext) -> ErrorRecord {
        context.errorRecord("\(DateFormatting.general(Date()))\t\(context.metadata.name)\t\t\(type) with \(what) '\(value)' was not found using the specified filter(s).",
                            id: "Core_OutputHelper_WriteNotFoundError", category: .objectNotFound, reason: "VimException",
                            targetName: value, targetType: "String")
    }
}
