/// A `System.Version` such as `$PSVersionTable.PSVersion`: scripts read its `Major` and `Minor`
/// (`if ($PSVersionTable.PSVersion.Major -lt 5)`), and it prints as `5.1.0`.
enum VersionValue {
    /// `text` is `major.minor[.build[.revision]]`; parts not given are -1, as in .NET.
    static func object(_ text: String) -> PSObject {
        let parts = text.split(separator: ".").map { Int($0) ?? 0 }
        func part(_ index: Int) -> Value { .int(index < parts.count ? parts[index] : -1) }
        let object = PSObject(typeNames: ["System.Version", "System.Object"], properties: [
            PSProperty(name: "Major", value: part(0)),
            PSProperty(name: "Minor", value: part(1)),
            PSProperty(name: "Build", value: part(2)),
            PSProperty(name: "Revision", value: part(3)),
        ])
        object.stringText = text
        return object
    }
}
