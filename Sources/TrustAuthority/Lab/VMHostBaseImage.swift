/// An ESXi base image a Trust Authority cluster trusts (`New-TrustAuthorityVMHostBaseImage`): hosts
/// whose ESXi version and build are those of an imported image pass that check of attestation.
public struct VMHostBaseImage: Sendable, Equatable, Hashable, Codable {
    /// The image profile's name, e.g. `ESXi-7.0.3-21930508-standard`.
    public var name: String
    public var version: String
    public var build: String

    public init(name: String, version: String, build: String) {
        self.name = name
        self.version = version
        self.build = build
    }

    /// PowerCLI's `VMHostVersion` and the image's id on the cluster: `7.0.3-21930508`.
    public var imageVersion: String { Self.imageVersion(version: version, build: build) }

    static func imageVersion(version: String, build: String) -> String { "\(version)-\(build)" }
}

extension VMHostBaseImage {
    /// The image a lab file names by `version-build` (split at the last hyphen), with the profile name
    /// `Export-VMHostImageDb` gives it.
    init?(imageVersion text: String) {
        guard let hyphen = text.lastIndex(of: "-"), hyphen != text.startIndex, text.index(after: hyphen) != text.endIndex else { return nil }
        let version = String(text[..<hyphen])
        let build = String(text[text.index(after: hyphen)...])
        self.init(name: "ESXi-\(version)-\(build)-standard", version: version, build: build)
    }
}
