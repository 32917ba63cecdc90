import Foundation
import ShellEngine

/// `Get-Random`: a random number (0 ..< Int32.MaxValue by default, or between -Minimum and -Maximum), or random
/// objects of a collection. `-SetSeed` makes the session's generator repeatable.
public final class GetRandomCommand: Cmdlet {
    public static let command = CommandDescription(
        name: "Get-Random", className: "Microsoft.PowerShell.Commands.GetRandomCommand", module: "Microsoft.PowerShell.Utility",
        synopsis: "Gets a random number, or selects objects randomly from a collection.",
        description: "The Get-Random cmdlet gets a randomly selected number. If you submit a collection of objects to Get-Random, it gets one or more randomly selected objects from the collection. Without parameters it returns a non-negative 32-bit integer less than Int32.MaxValue. -Maximum is exclusive, -Minimum inclusive.",
        defaultParameterSet: "RandomNumberParameterSet",
        examples: [
            HelpExample("Get-Random -Maximum 100", "Gets a random integer from 0 to 99."),
            HelpExample("Get-Random -Minimum -100 -Maximum 100", "Gets a random integer from -100 to 99."),
            HelpExample("1..10 | Get-Random -Count 3", "Gets three distinct numbers of the list, in random order."),
            HelpExample("Get-Random -Maximum 100 -SetSeed 23", "Seeds the generator: the same seed gives the same numbers."),
        ])

    @Parameter(description: "Specifies a seed value for the random number generator. This seed value is used for the current command and for all subsequent Get-Random commands in the current session until you use SetSeed again.")
    var setSeed: Int?
    @Parameter(position: 0, set: "RandomNumberParameterSet", description: "Specifies a maximum value for the random number. Get-Random returns a value that is less than the maximum (not equal).")
    var maximum: Value
    @Parameter(set: "RandomNumberParameterSet", description: "Specifies a minimum value for the random number. The default value is 0.")
    var minimum: Value
    @Parameter(mandatory: true, position: 0, pipeline: .byValue, set: "RandomListItemParameterSet", description: "Specifies a collection of objects. Get-Random gets randomly selected objects in random order from the collection up to the number specified by Count.")
    var inputObject: [Value]
    // In 5.1 -Count belongs to the list set only (PowerShell 7 also counts numbers): with pipeline input and
    // -Count, the binder then has one set to choose.
    @Parameter(set: "RandomListItemParameterSet", description: "Specifies the number of random objects to return. The default is 1.")
    var count: Int = 1
    @Parameter(set: "RandomListItemParameterSet", description: "Returns the whole input collection in random order (PowerShell 7.1 and later, where it has a set of its own).")
    var shuffle: SwitchParameter

    public init() {}

    private var items: [Value] = []
    private var tookInput = false

    private static let stateKey = "Get-Random"

    private func generator(_ context: CommandContext) -> LegacyRandom {
        if let setSeed {
            let seeded = LegacyRandom(seed: Int32(truncatingIfNeeded: setSeed))
            context.shell.moduleState[Self.stateKey] = seeded
            return seeded
        }
        if let existing = context.shell.moduleState[Self.stateKey] as? LegacyRandom { return existing }
        let fresh = LegacyRandom(seed: Int32.random(in: 0...Int32.max))
        context.shell.moduleState[Self.stateKey] = fresh
        return fresh
    }

    public func process(_ context: CommandContext) throws {
        if $inputObject.isBound {
            tookInput = true
            items += inputObject
        }
    }

    public func end(_ context: CommandContext) throws {
        let random = generator(context)
        if tookInput {
            // A partial Fisher-Yates shuffle: `count` distinct items in random order.
            var pool = items
            let wanted = shuffle.isPresent ? pool.count : min(max(count, 0), pool.count)
            for index in 0..<wanted {
                let chosen = random.next(index, pool.count)
                pool.swapAt(index, chosen)
                try context.write(pool[index])
            }
            return
        }
        let isDouble = [maximum, minimum].contains { value in
            if case .double = value { return true }
            if case .decimal = value { return true }
            if case .string(let text) = value { return text.contains(".") }
            return false
        }
        if isDouble {
            let low = $minimum.isBound ? try LanguagePrimitives.toDouble(minimum) : 0
            let high = $maximum.isBound ? try LanguagePrimitives.toDouble(maximum) : Double.greatestFiniteMagnitude
            guard low < high else { return try minGreaterThanMax(context) }
            try context.write(.double(low + random.nextDouble() * (high - low)))
            return
        }
        let low = $minimum.isBound ? try LanguagePrimitives.toInt(minimum, typeName: "System.Int64") : 0
        let high = $maximum.isBound ? try LanguagePrimitives.toInt(maximum, typeName: "System.Int64") : Int(Int32.max)
        guard low < high else { return try minGreaterThanMax(context) }
        // A bound that is an Int64 makes the result one (Get-Random.Tests.ps1: Int64 for long bounds).
        let isLong = [minimum, maximum].contains { value in
            if case .int(let number) = value { return number < Int(Int32.min) || number > Int(Int32.max) }
            return LanguagePrimitives.typeName(of: value) == "System.Int64"
        }
        let result = random.next(low, high)
        try context.write(isLong ? IntegerObject.int64(result) : .int(result))
    }

    /// Source: PowerShell's GetRandomCommandStrings MinGreaterThanOrEqualMax.
    private func minGreaterThanMax(_ context: CommandContext) throws {
        let low = $minimum.isBound ? LanguagePrimitives.toString(minimum) : "0"
        let high = LanguagePrimitives.toString(maximum)
        throw context.failure("The Minimum value (\(low)) cannot be greater than or equal to the Maximum value (\(high)).",
                              id: "MinGreaterThanOrEqualMax", category: .invalidArgument, reason: "ArgumentException",
                              targetObject: minimum)
    }
}
