import Foundation

/// The fields of one JSON object of an artifact file, read one by one so that each complaint names the
/// field (`attestationServices[0].port`) and the file.
struct JSONFields {
    let values: [String: Any]
    let path: String
    let source: String

    /// The top-level object of `bytes`.
    init(bytes: [UInt8], source: String) throws(ArtifactError) {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw .notJSON(source: source, detail: (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it cannot be parsed")
        }
        guard let object = parsed as? [String: Any] else { throw .notJSON(source: source, detail: "it is not a JSON object") }
        self.init(values: object, path: "", source: source)
    }

    private init(values: [String: Any], path: String, source: String) {
        self.values = values
        self.path = path
        self.source = source
    }

    private func name(_ field: String) -> String { path.isEmpty ? field : "\(path).\(field)" }

    /// Refuses a file of another kind before reading its fields.
    func requireFormat(_ expected: String, description: String) throws(ArtifactError) {
        guard let format = values["format"] as? String else {
            throw .wrongFormat(source: source, expected: description, found: "none")
        }
        guard format == expected else { throw .wrongFormat(source: source, expected: description, found: format) }
        if let version = values["formatVersion"] as? Int, version != 1 {
            throw .invalidField(source: source, field: "formatVersion", detail: "version \(version) is newer than this vtash reads (1)")
        }
    }

    func string(_ field: String) throws(ArtifactError) -> String {
        guard let value = values[field] else { throw .missingField(source: source, field: name(field)) }
        guard let text = value as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalidField(source: source, field: name(field), detail: "expected a non-empty string")
        }
        return text
    }

    func optionalString(_ field: String) throws(ArtifactError) -> String? {
        guard values[field] != nil, !(values[field] is NSNull) else { return nil }
        return try string(field)
    }

    func port(_ field: String) throws(ArtifactError) -> Int {
        guard let value = values[field] else { throw .missingField(source: source, field: name(field)) }
        guard let number = value as? Int, !(value is Bool), (1...65_535).contains(number) else {
            throw .invalidField(source: source, field: name(field), detail: "expected a port number from 1 to 65535")
        }
        return number
    }

    func strings(_ field: String) throws(ArtifactError) -> [String] {
        guard let value = values[field] else { throw .missingField(source: source, field: name(field)) }
        guard let list = value as? [Any] else { throw .invalidField(source: source, field: name(field), detail: "expected a list") }
        var texts: [String] = []
        for (index, element) in list.enumerated() {
            guard let text = element as? String else {
                throw .invalidField(source: source, field: "\(name(field))[\(index)]", detail: "expected a string")
            }
            texts.append(text)
        }
        return texts
    }

    func objects(_ field: String) throws(ArtifactError) -> [JSONFields] {
        guard let value = values[field] else { throw .missingField(source: source, field: name(field)) }
        guard let list = value as? [Any] else { throw .invalidField(source: source, field: name(field), detail: "expected a list") }
        var objects: [JSONFields] = []
        for (index, element) in list.enumerated() {
            guard let object = element as? [String: Any] else {
                throw .invalidField(source: source, field: "\(name(field))[\(index)]", detail: "expected an object")
            }
            objects.append(JSONFields(values: object, path: "\(name(field))[\(index)]", source: source))
        }
        return objects
    }

    func object(_ field: String) throws(ArtifactError) -> JSONFields {
        guard let value = values[field] else { throw .missingField(source: source, field: name(field)) }
        guard let object = value as? [String: Any] else { throw .invalidField(source: source, field: name(field), detail: "expected an object") }
        return JSONFields(values: object, path: name(field), source: source)
    }

    /// A list of PEM certificates, leaf first; at least one.
    func certificateChain(_ field: String) throws(ArtifactError) -> [CertificateInfo] {
        let texts = try strings(field)
        guard !texts.isEmpty else { throw .invalidField(source: source, field: name(field), detail: "the certificate chain is empty") }
        var chain: [CertificateInfo] = []
        for (index, text) in texts.enumerated() {
            do {
                chain.append(try CertificateInfo(pem: text, source: "\(source), field \(name(field))[\(index)]"))
            } catch {
                throw .certificate(error)
            }
        }
        return chain
    }

    /// JSON text with sorted keys and two-space indentation, ending with a newline.
    static func text(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            return "{}\n"
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
