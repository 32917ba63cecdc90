import Foundation

/// One captured or spec TTLV vector from Vectors/*.json.
struct TTLVVector: Decodable, Sendable, CustomStringConvertible {
    let name: String
    let direction: String
    let hex: String

    var bytes: [UInt8] { Self.bytes(fromHex: hex) }

    var isPayloadOnly: Bool { direction.hasPrefix("payload") }

    static let all: [TTLVVector] = load("ttlv-vectors")
    static let spec: [TTLVVector] = load("spec-vectors")

    static func named(_ name: String) -> TTLVVector {
        guard let vector = all.first(where: { $0.name == name }) else {
            preconditionFailure("no vector named \(name)")
        }
        return vector
    }

    private static func load(_ resource: String) -> [TTLVVector] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "json", subdirectory: "Vectors"),
            let data = try? Data(contentsOf: url),
            let vectors = try? JSONDecoder().decode([TTLVVector].self, from: data)
        else {
            preconditionFailure("cannot load Vectors/\(resource).json")
        }
        return vectors
    }

    static func bytes(fromHex hex: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex, let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) {
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Hex with the 8 value bytes of every response Time Stamp (42009209 00000008) replaced by "x".
    static func maskingTimeStamps(_ hex: String) -> String {
        var result = ""
        var rest = Substring(hex)
        let marker = "4200920900000008"
        while let range = rest.range(of: marker) {
            result += rest[..<range.upperBound]
            let valueEnd = rest.index(range.upperBound, offsetBy: 16, limitedBy: rest.endIndex) ?? rest.endIndex
            result += String(repeating: "x", count: rest.distance(from: range.upperBound, to: valueEnd))
            rest = rest[valueEnd...]
        }
        return result + rest
    }
}

extension TTLVVector {
    var description: String { name }
}
