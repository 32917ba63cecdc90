/// The host's small structures scripts build from hash tables (`[System.Management.Automation.Host.Coordinates]@{ X = 10;
/// Y = 33 }`, HashtableToPSCustomObjectConversion.Tests.ps1): an object of the type whose integer fields are the
/// table's entries; `ToString()` is .NET's "X,Y" / "Width,Height".
enum HostStructure: String, CaseIterable {
    case coordinates = "System.Management.Automation.Host.Coordinates"
    case size = "System.Management.Automation.Host.Size"

    var fields: [String] {
        switch self {
        case .coordinates: return ["X", "Y"]
        case .size: return ["Width", "Height"]
        }
    }

    /// The structure with the table's values (missing fields are 0); the name of an entry that is not a field, or the
    /// entry whose value is not an integer, is the failure.
    func make(from table: PSHashtable) throws -> PSObject {
        var values = Array(repeating: 0, count: fields.count)
        for (key, value) in table.entries {
            let name = LanguagePrimitives.toString(key)
            guard let index = fields.firstIndex(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
                throw HostStructureError.unknownField(name)
            }
            do {
                values[index] = try LanguagePrimitives.toInt(value)
            } catch {
                throw HostStructureError.notAnInteger(fields[index], error.message)
            }
        }
        let object = PSObject(typeNames: [rawValue, "System.ValueType", "System.Object"],
                              properties: zip(fields, values).map { PSProperty(name: $0.0, value: .int($0.1)) })
        object.stringText = values.map(String.init).joined(separator: ",")
        return object
    }
}
