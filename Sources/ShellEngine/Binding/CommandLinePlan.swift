/// How the binder bound one shape of command line of a cmdlet (the parameter names as written, which of them
/// carry their value, where the positional arguments stand): which argument gave each parameter its value, in
/// binding order, and the parameter set chosen. Every part of that follows from the shape alone, except whether
/// the values convert (and, where several sets could take a positional argument, whether it needed converting
/// at all: ``Step/exact``); a replay converts them and falls back to the long way when one does not.
struct CommandLinePlan {
    struct Shape: Hashable {
        enum Argument: Hashable {
            case positional
            case named(String, hasValue: Bool)
        }

        var arguments: [Argument]
        /// The binder lets pipeline-bound mandatory parameters stay unbound, which can change the chosen set.
        var expectsInput: Bool

        init(_ arguments: [CommandArgument], expectsInput: Bool) {
            self.arguments = arguments.map { argument in
                switch argument {
                case .positional: return .positional
                case .named(let name, let value, _, _): return .named(name, hasValue: value != nil)
                }
            }
            self.expectsInput = expectsInput
        }

        /// The shape's layout and each name's length, not its characters: hashing every name of every command line
        /// cost more than the rest of the lookup. Shapes that differ only in names of one length share a hash and
        /// are told apart by `==`, which compares the names.
        func hash(into hasher: inout Hasher) {
            hasher.combine(arguments.count)
            hasher.combine(expectsInput)
            for argument in arguments {
                switch argument {
                case .positional:
                    hasher.combine(0 as UInt8)
                case .named(let name, let hasValue):
                    hasher.combine(hasValue ? 2 as UInt8 : 1)
                    hasher.combine(name.utf8.count)
                }
            }
        }
    }

    enum Source {
        /// The argument's value: a positional argument, or `-Name:value`.
        case value
        /// A switch written without a value.
        case switchOn
        /// The text of the argument, a `-Word` taken as the value of the parameter before it.
        case text
    }

    struct Step {
        /// Index of the argument that gives the value.
        var argument: Int
        var source: Source
        var parameter: ParameterMetadata
        /// A positional argument bound where several sets could take it: the set was chosen because the value
        /// needed no conversion, so a replay holds only for a value that needs none either.
        var exact = false
    }

    var steps: [Step]
    var parameterSetName: String
    /// No mandatory parameter of the set is missing (so nothing is prompted for).
    var missesNoMandatory: Bool
}
