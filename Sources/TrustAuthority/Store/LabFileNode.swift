import Foundation
import Yams

/// A node of a lab file with its place (line and field path), so every complaint can say where.
struct LabFileNode {
    let node: Node
    let field: String

    var line: Int { node.mark?.line ?? 0 }

    func failure(_ problem: String) -> LabFileError {
        LabFileError(line: line, field: field, problem: problem)
    }

    /// The fields of a mapping; a field not in `allowed` is refused, so a typo does not go unnoticed.
    func fields(allowed: [String]) throws(LabFileError) -> [String: LabFileNode] {
        guard let mapping = node.mapping else { throw failure("expected a mapping of fields (\(allowed.joined(separator: ", ")))") }
        var result: [String: LabFileNode] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw LabFileError(line: key.mark?.line ?? line, field: field, problem: "a field name must be plain text")
            }
            let path = field.isEmpty ? name : "\(field).\(name)"
            guard allowed.contains(name) else {
                throw LabFileError(line: key.mark?.line ?? line, field: path,
                                   problem: "unknown field; expected one of \(allowed.joined(separator: ", "))")
            }
            result[name] = LabFileNode(node: value, field: path)
        }
        return result
    }

    func elements() throws(LabFileError) -> [LabFileNode] {
        guard let sequence = node.sequence else { throw failure("expected a list") }
        return sequence.enumerated().map { LabFileNode(node: $1, field: "\(field)[\($0)]") }
    }

    func text() throws(LabFileError) -> String {
        guard let scalar = node.scalar else { throw failure("expected a single value") }
        return scalar.string
    }

    func nonEmptyText() throws(LabFileError) -> String {
        let value = try text()
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw failure("must not be empty") }
        return value
    }

    func integer(in range: ClosedRange<Int>) throws(LabFileError) -> Int {
        let value = try text()
        guard let number = Int(value), range.contains(number) else {
            throw failure("'\(value)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func number(in range: ClosedRange<Double>) throws(LabFileError) -> Double {
        let value = try text()
        guard let number = Double(value), number.isFinite, range.contains(number) else {
            throw failure("'\(value)' is not a number from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
        return number
    }

    func boolean() throws(LabFileError) -> Bool {
        switch try text().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        case let other: throw failure("'\(other)' is not true or false")
        }
    }

    func texts() throws(LabFileError) -> [String] {
        var values: [String] = []
        for element in try elements() { values.append(try element.nonEmptyText()) }
        return values
    }
}
