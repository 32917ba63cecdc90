import Foundation

/// A host's base image database as `Export-VMHostImageDb` writes it: a gzip-compressed tar (`.tgz`)
/// laid out like ESXi's `imgdb.tgz` (`var/db/esximg/profiles/…`, `vibs/…`, `bulletins/…`). The image
/// profile records the ESXi version and build; `New-TrustAuthorityVMHostBaseImage` reads them back.
/// The layout is vtash's own rendering of that database (docs/workflow-domain.md).
public struct BaseImageDatabase: Sendable, Equatable {
    public var profileName: String
    public var version: String
    public var build: String

    public init(profileName: String, version: String, build: String) {
        self.profileName = profileName
        self.version = version
        self.build = build
    }

    /// The database of `host`'s installed image.
    public init(host: VMHost) {
        self.init(profileName: "ESXi-\(host.version)-\(host.build)-standard", version: host.version, build: host.build)
    }

    public var baseImage: VMHostBaseImage { VMHostBaseImage(name: profileName, version: version, build: build) }

    static let root = "var/db/esximg/"

    /// The file names inside the archive, in order.
    var archive: TarArchive {
        let vibVersion = "\(version)-0.0.\(build)"
        let vibs = ["esx-base", "esx-update", "vsan", "tpm-tools", "trx"]
        var entries: [TarArchive.Entry] = [
            .directory("var"), .directory("var/db"), .directory(Self.root),
            .directory(Self.root + "profiles"),
            .file(Self.root + "profiles/" + profileName, profileXML(vibs: vibs, vibVersion: vibVersion)),
            .directory(Self.root + "vibs"),
        ]
        for vib in vibs {
            entries.append(.file(Self.root + "vibs/\(vib)--\(vibVersion).xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <vib version="5.0">
                  <type>bootbank</type>
                  <name>\(vib)</name>
                  <version>\(vibVersion)</version>
                  <vendor>VMware</vendor>
                  <summary>\(vib) of ESXi \(version) build \(build) (vtash lab image)</summary>
                  <acceptance-level>certified</acceptance-level>
                </vib>

                """))
        }
        entries.append(.directory(Self.root + "bulletins"))
        entries.append(.file(Self.root + "bulletins/ESXi_\(vibVersion).xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <bulletin>
              <id>ESXi_\(vibVersion)</id>
              <vendor>VMware, Inc.</vendor>
              <summary>ESXi \(version) build \(build)</summary>
              <vibList>\(vibs.map { "<vibID>VMware_bootbank_\($0)_\(vibVersion)</vibID>" }.joined())</vibList>
            </bulletin>

            """))
        return TarArchive(entries: entries)
    }

    private func profileXML(vibs: [String], vibVersion: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <imageprofile>
          <name>\(Self.escaped(profileName))</name>
          <creator>VMware, Inc.</creator>
          <esxversion>\(Self.escaped(version))</esxversion>
          <esxbuild>\(Self.escaped(build))</esxbuild>
          <acceptancelevel>partner</acceptancelevel>
          <viblist>\(vibs.map { "<vib><name>\($0)</name><version>\(vibVersion)</version></vib>" }.joined())</viblist>
        </imageprofile>

        """
    }

    /// The `.tgz` bytes; `modified` is every entry's time stamp.
    public func tgzBytes(modified: Date = Date()) -> [UInt8] {
        Gzip.compress(archive.bytes(modified: modified))
    }

    /// Reads a `.tgz` (this layout, or any `tar czf` archive that holds an image profile under
    /// `…/profiles/` with `<esxversion>` and `<esxbuild>`); `source` names the file in errors.
    public init(tgzBytes: [UInt8], source: String) throws(ArtifactError) {
        let tar = try TarArchive(bytes: try Gzip.decompress(tgzBytes, source: source), source: source)
        guard let profile = tar.entries.first(where: { entry in
            entry.kind == .file && entry.path.split(separator: "/").dropLast().last == "profiles"
        }) else {
            throw .notBaseImage(source: source, detail: "it holds no image profile (\(Self.root)profiles/<profile>)")
        }
        let text = String(decoding: profile.bytes, as: UTF8.self)
        func element(_ tag: String) throws(ArtifactError) -> String {
            guard let value = Self.element(tag, in: text), !value.isEmpty else {
                throw .notBaseImage(source: source, detail: "its image profile '\(profile.path)' has no <\(tag)>")
            }
            return value
        }
        let fileName = String(profile.path.split(separator: "/").last ?? "")
        self.init(profileName: Self.element("name", in: text) ?? fileName, version: try element("esxversion"), build: try element("esxbuild"))
    }

    /// The text of the first `<tag>…</tag>`, XML entities undone.
    private static func element(_ tag: String, in text: String) -> String? {
        guard let open = text.range(of: "<\(tag)>"), let close = text.range(of: "</\(tag)>", range: open.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[open.upperBound..<close.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
