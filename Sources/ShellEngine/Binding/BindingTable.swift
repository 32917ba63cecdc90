/// What the binder derives from a command's metadata: declared plus common parameters, the set names and
/// lookups by name and alias. Built once per command type and shared by every invocation, because a script
/// of 100,000 pipelines binds the same few cmdlets over and over.
final class BindingTable {
    let metadata: CommandMetadata
    /// Declared and common parameters.
    let all: [ParameterMetadata]
    let setNames: [String]
    /// Lower-cased name → parameter (the first one declared with that name).
    let byName: [String: ParameterMetadata]
    /// Lower-cased name or alias → index in `all` of the first parameter that has it.
    private let exact: [String: Int]
    /// The same for names and aliases spelled as declared, the usual way they are written: no lower-cased
    /// copy of the argument is built then. Each entry holds what `exact` holds for its lower-cased key.
    private let declaredSpelling: [String: Int]
    /// Lower-cased name and aliases of each parameter of `all`, for prefix matching.
    private let keys: [[String]]
    /// A script's `[Parameter(ValueFromRemainingArguments)]` parameter, if it has one.
    let remainingParameter: ParameterMetadata?
    /// The parameters whose values are secrets (``SessionSecrets``), asked after every binding.
    private(set) lazy var sensitiveParameters = SessionSecrets.SensitiveParameters(metadata)

    init(metadata: CommandMetadata) {
        self.metadata = metadata
        let all = metadata.allParameters
        self.all = all
        self.setNames = metadata.parameterSetNames
        var byName: [String: ParameterMetadata] = [:]
        var exact: [String: Int] = [:]
        var keys: [[String]] = []
        for (index, parameter) in all.enumerated() {
            let name = VariableKey.of(parameter.name)
            if byName[name] == nil { byName[name] = parameter }
            let names = [name] + parameter.aliases.map { VariableKey.of($0) }
            for key in names where exact[key] == nil { exact[key] = index }
            keys.append(names)
        }
        var declaredSpelling: [String: Int] = [:]
        for parameter in all {
            for spelling in [parameter.name] + parameter.aliases { declaredSpelling[spelling] = exact[VariableKey.of(spelling)] }
        }
        remainingParameter = metadata.parameters.first { $0.takesRemainingArguments }
        self.byName = byName
        self.exact = exact
        self.declaredSpelling = declaredSpelling
        self.keys = keys
    }

    /// Whether command lines of this command may be replayed from a ``CommandLinePlan``: a cmdlet's parameters,
    /// whose conversions have no side effects (no script validation or conversion to a script type runs twice when
    /// a replay falls back to the long way), and nothing kept for `$args`. (A binding that gave a remaining-arguments
    /// parameter the arguments left over is not recorded: that parameter has no step of its own.)
    private(set) lazy var takesPlans: Bool = {
        func isPlain(_ type: ParameterType) -> Bool {
            switch type {
            case .script: return false
            case .array(let element): return isPlain(element)
            default: return true
            }
        }
        return !metadata.collectsUnboundArguments
            && all.allSatisfy { $0.script == nil && isPlain($0.type) }
    }()
    private var commandLinePlans: [CommandLinePlan.Shape: CommandLinePlan] = [:]

    func commandLinePlan(for shape: CommandLinePlan.Shape) -> CommandLinePlan? { commandLinePlans[shape] }

    func remember(_ plan: CommandLinePlan, for shape: CommandLinePlan.Shape) {
        if commandLinePlans.count < BindingTable.cacheLimit { commandLinePlans[shape] = plan }
    }

    /// Per parameter set: the declared parameters with a position in it, in position order.
    private var positionalBySet: [String: [ParameterMetadata]] = [:]
    /// Per parameter set: the declared parameters mandatory in it, with how they take pipeline input there.
    private var mandatoryBySet: [String: [(parameter: ParameterMetadata, pipeline: PipelineInput)]] = [:]

    /// Candidate sets and pipeline plans by the names bound on the command line (and the chosen set): a
    /// script repeats the same command lines, and commands such as Where-Object have dozens of sets.
    /// Keyed by the names as bound (the binder binds the declared spelling), so no key is built per lookup.
    private var candidateCache: [[String]: [String]] = [:]
    private var planCache: [PlanKey: ParameterBinder.PipelinePlan] = [:]
    /// Distinct command lines of one command are few; the bound keeps hostile scripts from growing the caches.
    private static let cacheLimit = 512

    private struct PlanKey: Hashable {
        var names: [String]
        var set: String
    }

    /// The candidate sets when nothing is bound by name (`Out-Null`, `Where-Object { ... }`), without hashing a key.
    private var candidatesWithoutNames: [String]?

    func candidateSets(for names: [String], compute: () -> [String]) -> [String] {
        if names.isEmpty {
            if let cached = candidatesWithoutNames { return cached }
            let sets = compute()
            candidatesWithoutNames = sets
            return sets
        }
        if let cached = candidateCache[names] { return cached }
        let sets = compute()
        if candidateCache.count < BindingTable.cacheLimit { candidateCache[names] = sets }
        return sets
    }

    func pipelinePlan(for bound: BoundParameters, compute: () -> ParameterBinder.PipelinePlan) -> ParameterBinder.PipelinePlan {
        let key = PlanKey(names: bound.names, set: bound.parameterSetName)
        if let cached = planCache[key] { return cached }
        let plan = compute()
        if planCache.count < BindingTable.cacheLimit { planCache[key] = plan }
        return plan
    }

    func positionalParameters(in set: String) -> [ParameterMetadata] {
        if let cached = positionalBySet[set] { return cached }
        let slots = metadata.parameters
            .compactMap { parameter -> (Int, ParameterMetadata)? in
                // The remaining-arguments parameter takes what positions leave (ParameterBinderController.cs).
                guard !parameter.takesRemainingArguments, let position = parameter.membership(in: set)?.position else { return nil }
                return (position, parameter)
            }
            .sorted { $0.0 < $1.0 }
            .map { $0.1 }
        positionalBySet[set] = slots
        return slots
    }

    func mandatoryParameters(in set: String) -> [(parameter: ParameterMetadata, pipeline: PipelineInput)] {
        if let cached = mandatoryBySet[set] { return cached }
        let mandatory = metadata.parameters.compactMap { parameter -> (parameter: ParameterMetadata, pipeline: PipelineInput)? in
            guard let membership = parameter.membership(in: set), membership.mandatory else { return nil }
            return (parameter, membership.pipeline)
        }
        mandatoryBySet[set] = mandatory
        return mandatory
    }

    /// Whether `name` (canonical, as bound) is a common parameter (`-Verbose`, `-ErrorAction`, ...).
    func isCommon(_ name: String) -> Bool {
        byName[VariableKey.of(name)]?.isCommon == true
    }

    /// The parameter named or aliased exactly `written`, in any case.
    func exactMatch(_ written: String) -> ParameterMetadata? {
        if let index = declaredSpelling[written] { return all[index] }
        return exact[VariableKey.of(written)].map { all[$0] }
    }

    /// Parameters whose name or an alias starts with `lowered`, in declaration order.
    func prefixMatches(_ lowered: String) -> [ParameterMetadata] {
        var matches: [ParameterMetadata] = []
        for (index, names) in keys.enumerated() where names.contains(where: { $0.hasPrefix(lowered) }) {
            matches.append(all[index])
        }
        return matches
    }
}
