import ShellEngine

/// The Trust Authority side of the nine-step configuration (issue 12): the TA cluster's state, services, principals, TPM CA certificates, endorsement keys, base images, attestation settings and key provider administration.
/// Registered by PowerCLICommands/cmdlets and installed by PowerCLISession/install(into:lab:).
enum TrustAuthorityServiceCommands {
    static var cmdlets: [any Cmdlet.Type] {
        []
    }

    /// Views, type names and completion for these cmdlets' objects.
    static func install(into shell: Shell) {}
}
