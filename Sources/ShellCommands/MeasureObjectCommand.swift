import ShellEngine
import ShellFormatting
import Foundation

/// `Measure-Object` (`measure`): counts, sums, averages, extremes; or lines, words and characters.
public final class MeasureObjectCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Measure-Object", className: "Microsoft.PowerShell.Commands.MeasureObjectCommand",
        synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects, such as files of text.",
        defaultParameterSet: "GenericMeasure")

    @Parameter(pipeline: .byValue, description: "Specifies the objects to be measured.")
    var inputObject: Value
    @Parameter(position: 0, description: "Specifies one or more properties to measure.")
    var property: [Value]
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays the sum of the values of the specified properties.")
    var sum: SwitchParameter
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays the average value of the specified properties.")
    var average: SwitchParameter
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays the maximum value of the specified properties.")
    var maximum: SwitchParameter
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays the minimum value of the specified properties.")
    var minimum: SwitchParameter
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays the standard deviation of the values of the specified properties.")
    var standardDeviation: SwitchParameter
    @Parameter(set: "GenericMeasure", description: "Indicates that the cmdlet displays all the statistics of the specified properties.")
    var allStats: SwitchParameter
    @Parameter(set: "TextMeasure", description: "Indicates that the cmdlet counts the number of lines in the input object.")
    var line: SwitchParameter
    @Parameter(set: "TextMeasure", description: "Indicates that the cmdlet counts the number of words in the input object.")
    var word: SwitchParameter
    @Parameter(set: "TextMeasure", description: "Indicates that the cmdlet counts the number of characters in the input object.")
    var character: SwitchParameter
    @Parameter(set: "TextMeasure", description: "Ignores white-space characters and only counts non-white-space characters.")
    var ignoreWhiteSpace: SwitchParameter

    static let genericType = "Microsoft.PowerShell.Commands.GenericMeasureInfo"
    static let textType = "Microsoft.PowerShell.Commands.TextMeasureInfo"
    private var items: [Value] = []

    public init() {}

    /// The binder chose the TextMeasure set: one of its parameters was given (`-Line:$false` too).
    private var measuresText: Bool {
        $line.isBound || $word.isBound || $character.isBound || $ignoreWhiteSpace.isBound
    }

    public func process(_ context: CommandContext) throws {
        guard $inputObject.isBound else { return }
        items.append(inputObject)
    }

    public func end(_ context: CommandContext) throws {
        if measuresText { return try measureText(context) }
        let properties = property
        let all = allStats.isPresent
        if properties.isEmpty {
            try context.write(.object(try measure(items.filter { !$0.isNull }, property: nil, context: context, all: all)))
            return
        }
        for spec in expandWildcards(properties) {
            let name = LanguagePrimitives.toString(spec)
            var values: [Value] = []
            for item in items {
                let value: Value
                if case .scriptBlock(let block) = spec {
                    value = Value.fromPipelineOutput(try context.invoke(block, dollarUnder: item))
                } else {
                    guard let found = try PropertySelection.value(of: item, name: name, context: context) else { continue }
                    value = found
                }
                values.append(value)
            }
            if values.isEmpty && !items.isEmpty {
                try context.writeError(context.errorRecord("The property \"\(name)\" cannot be found in the input for any objects.",
                                                           id: "GenericMeasurePropertyNotFound", category: .invalidArgument, reason: "PSArgumentException"))
                continue
            }
            try context.write(.object(try measure(values, property: name, context: context, all: all)))
        }
    }

    /// A wildcard property name stands for every property of the input it matches, in order of first appearance
    /// (Measure-Object.Tests.ps1 "Should be able to use wildcards for the Property argument"); hashtable keys count
    /// as properties (PowerShell 7, "Measure-Object should handle hashtables as objects").
    private func expandWildcards(_ specs: [Value]) -> [Value] {
        var expanded: [Value] = []
        for spec in specs {
            guard case .string(let name) = spec, WildcardPattern(name).hasWildcards else {
                expanded.append(spec)
                continue
            }
            let pattern = WildcardPattern(name)
            var names: [String] = []
            for item in items {
                for property in PropertySelection.propertyNames(item) where pattern.matches(property)
                    && !names.contains(where: { $0.caseInsensitiveCompare(property) == .orderedSame }) {
                    names.append(property)
                }
            }
            expanded += names.isEmpty ? [spec] : names.map { .string($0) }
        }
        return expanded
    }

    private func measure(_ values: [Value], property: String?, context: CommandContext, all: Bool) throws -> PSObject {
        let object = PSObject(typeNames: [Self.genericType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        object.setProperty("Count", .int(values.count))
        var numbers: [Double] = []
        let wantsNumbers = all || sum.isPresent || average.isPresent || standardDeviation.isPresent
        if wantsNumbers {
            for value in values {
                do {
                    numbers.append(try LanguagePrimitives.toDouble(value))
                } catch {
                    throw context.failure("Input object \"\(LanguagePrimitives.toString(value))\" is not numeric.", id: "NonNumericInputObject",
                                          category: .invalidType, reason: "PSInvalidOperationException", targetObject: value)
                }
            }
        }
        let sum = numbers.reduce(0, +)
        let average = numbers.isEmpty ? 0 : sum / Double(numbers.count)
        object.setProperty("Average", all || self.average.isPresent ? .double(average) : .null)
        object.setProperty("Sum", all || self.sum.isPresent ? .double(sum) : .null)
        let extremes = values.filter { !$0.isNull }
        func extreme(_ wanted: ComparisonResult) -> Value {
            guard var best = extremes.first else { return .null }
            for value in extremes.dropFirst() where LanguagePrimitives.compare(value, best) == wanted { best = value }
            if let number = try? LanguagePrimitives.toDouble(best), case .string = best { return .double(number) }
            if case .int(let number) = best { return .double(Double(number)) }
            return best
        }
        object.setProperty("Maximum", all || maximum.isPresent ? extreme(.orderedDescending) : .null)
        object.setProperty("Minimum", all || minimum.isPresent ? extreme(.orderedAscending) : .null)
        var deviation: Value = .null
        if all || standardDeviation.isPresent {
            if numbers.count > 1 {
                let variance = numbers.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(numbers.count - 1)
                deviation = .double(variance.squareRoot())
            } else {
                deviation = .double(0)
            }
        }
        object.setProperty("StandardDeviation", deviation)
        object.setProperty("Property", property.map { .string($0) } ?? .null)
        return object
    }

    private func measureText(_ context: CommandContext) throws {
        var lines = 0, words = 0, characters = 0
        var texts: [String] = []
        if property.isEmpty {
            texts = items.map { LanguagePrimitives.toString($0) }
        } else {
            for spec in property {
                for item in items {
                    if case .scriptBlock(let block) = spec {
                        texts.append(LanguagePrimitives.toString(Value.fromPipelineOutput(try context.invoke(block, dollarUnder: item))))
                    } else if let value = try PropertySelection.value(of: item, name: LanguagePrimitives.toString(spec), context: context) {
                        texts.append(LanguagePrimitives.toString(value))
                    }
                }
            }
        }
        for text in texts {
            // 'abc\nd' has two lines, 'abc\n' one (Measure-Object.cs at 60b3b304f2, CountLine).
            lines += text.unicodeScalars.filter { $0 == "\n" }.count + (text.unicodeScalars.last.map { $0 == "\n" } ?? true ? 0 : 1)
            words += text.split(whereSeparator: { $0.isWhitespace }).count
            characters += ignoreWhiteSpace.isPresent ? text.filter { !$0.isWhitespace }.count : text.count
        }
        let object = PSObject(typeNames: [Self.textType, "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        object.setProperty("Lines", line.isPresent ? .int(lines) : .null)
        object.setProperty("Words", word.isPresent ? .int(words) : .null)
        object.setProperty("Characters", character.isPresent ? .int(characters) : .null)
        object.setProperty("Property", .null)
        try context.write(.object(object))
    }

    /// GenericMeasureInfo prints as a list of all its fields, requested or not.
    static var views: [FormatView] {
        [
            // Windows PowerShell 5.1's GenericMeasureInfo has no StandardDeviation: its list stops at Property.
            FormatView(typeName: genericType, shape: .list(["Count", "Average", "Sum", "Maximum", "Minimum", "Property"].map { ListEntry($0) })),
            FormatView(typeName: textType, shape: .table(["Lines", "Words", "Characters", "Property"].map { TableColumn($0, alignment: .automatic) })),
        ]
    }
}
