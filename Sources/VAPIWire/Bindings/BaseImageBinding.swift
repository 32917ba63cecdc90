import TrustAuthority

/// `attestation.os.esx.base_images`: Summary `{version, display_name, health}`, Info `{display_name,
/// last_attested_time?, health, details}`, FilterSpec `{version?, display_name?, health?}`, as vmware-vcenter
/// 9.1.1.0 declares them (com/vmware/vcenter/trusted_infrastructure/trust_authority_clusters/attestation/os/esx_client.py).
/// A base image's id is its version with its build (`7.0.3-21930508`); its display name the image profile's.
public enum BaseImageBinding {
    static let prefix = ServiceName.baseImages

    public static func summary(_ image: VMHostBaseImage) -> VAPIValue {
        .structure(prefix + ".summary", [("version", .string(image.imageVersion)), ("display_name", .string(image.name)), ("health", HealthBinding.value(.ok))])
    }

    public static func info(_ image: VMHostBaseImage) -> VAPIValue {
        .structure(prefix + ".info", [
            ("display_name", .string(image.name)), ("last_attested_time", .optional(nil)), ("health", HealthBinding.value(.ok)), ("details", .list([])),
        ])
    }

    /// `BaseImages.FilterSpec`: by version and display name (any of the listed; none given matches all). Every
    /// stored image is healthy (what Get-TrustAuthorityVMHostBaseImage shows), so a health filter keeps them
    /// only when it names OK.
    public static func filter(_ spec: VAPIInput?) throws(VAPIDecodingError) -> (VMHostBaseImage) -> Bool {
        let versions = try spec?.optionalStrings("version") ?? []
        let names = try spec?.optionalStrings("display_name") ?? []
        let healths = try spec?.optionalStrings("health") ?? []
        return { image in
            (versions.isEmpty || versions.contains { $0.caseInsensitiveCompare(image.imageVersion) == .orderedSame })
                && (names.isEmpty || names.contains { $0.caseInsensitiveCompare(image.name) == .orderedSame })
                && (healths.isEmpty || healths.contains("OK"))
        }
    }

    /// A `BaseImages.Summary` as the domain's image: its version with the build, and the image profile's name.
    public static func image(summary value: VAPIValue) throws(VAPIDecodingError) -> VMHostBaseImage {
        let summary = try VAPIInput(value)
        let version = try summary.string("version")
        // `7.0.3-21930508`: the build follows the last hyphen.
        guard let hyphen = version.lastIndex(of: "-"), hyphen != version.startIndex, version.index(after: hyphen) != version.endIndex else {
            throw VAPIDecodingError("The field 'version' ('\(version)') is not a version with its build.")
        }
        let release = String(version[..<hyphen])
        let build = String(version[version.index(after: hyphen)...])
        return VMHostBaseImage(name: try summary.optionalString("display_name") ?? "ESXi-\(version)-standard", version: release, build: build)
    }
}
