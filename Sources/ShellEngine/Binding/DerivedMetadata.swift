@_spi(Reflection) import Swift
import Synchronization

/// The ``CommandMetadata`` of each cmdlet type, derived from its ``CommandDescription`` and its `@Parameter`
/// properties once per process and shared by every shell.
package enum DerivedMetadata {
    private static let cache = Mutex<[ObjectIdentifier: CommandMetadata]>([:])

    static func metadata<C: Cmdlet>(for type: C.Type) -> CommandMetadata {
        let key = ObjectIdentifier(type)
        if let known = cache.withLock({ $0[key] }) { return known }
        let derived = derive(type).metadata
        cache.withLock { $0[key] = derived }
        return derived
    }

    /// The metadata and what is wrong with the declarations (the declaration test asserts there is nothing;
    /// `checking` also compares the names read from the type with those reflection finds on an instance).
    package static func derive<C: Cmdlet>(_ type: C.Type, checking: Bool = false) -> (metadata: CommandMetadata, problems: [String]) {
        let (instance, storage) = ParameterCollector.collect(derivingDeclarations: true) { C() }
        var problems: [String] = []
        var labels = fieldLabels(of: C.self)
        if labels.count != storage.declarations.count || checking {
            let reflected = reflectedLabels(of: instance)
            if labels.count != storage.declarations.count {
                labels = reflected
            } else if reflected != labels {
                problems.append("\(type.command.name): @Parameter properties initialised in another order than declared")
            }
        }
        if labels.count != storage.declarations.count {
            problems.append("\(type.command.name): \(storage.declarations.count) @Parameter properties initialised but \(labels.count) found by reflection")
        }
        var parameters: [ParameterMetadata] = []
        var declaredNames: Set<String> = []
        for (index, declaration) in storage.declarations.enumerated() {
            let property = labels[index] ?? "parameter\(index)"
            let name = declaration.name ?? (property.prefix(1).uppercased() + property.dropFirst())
            let valueType = storage.valueTypes[index]
            var metadata = ParameterMetadata(name, declaration.type ?? valueType.parameterType, aliases: declaration.aliases,
                                             description: declaration.description, wildcards: declaration.wildcards,
                                             validValues: declaration.validValues)
            metadata.sets = declaration.sets
            metadata.slot = parameters.count
            metadata.declaredSensitive = declaration.sensitive
            metadata.takesRemainingArguments = declaration.remaining
            metadata.allowsNull = declaration.allowNull
            metadata.allowsEmptyString = declaration.allowEmptyString
            let mandatoryEverywhere = !declaration.sets.isEmpty && declaration.sets.values.allSatisfy(\.mandatory)
            if !mandatoryEverywhere, !storage.hasDefaults[index], !valueType.mayBeUnbound {
                problems.append("\(type.command.name) -\(name): optional in some set, but its type \(valueType) has no unbound value; declare it optional or give a default")
            }
            if !declaredNames.insert(VariableKey.of(name)).inserted {
                problems.append("\(type.command.name) -\(name): declared twice")
            }
            parameters.append(metadata)
        }
        let command = type.command
        var metadata = CommandMetadata(
            name: command.name, className: command.className, module: command.module, synopsis: command.synopsis,
            description: command.description, parameters: parameters, defaultParameterSet: command.defaultParameterSet,
            supportsShouldProcess: command.supportsShouldProcess, outputType: command.outputType, examples: command.examples,
            notes: command.notes, relatedLinks: command.relatedLinks)
        metadata.confirmsByDefault = command.confirmsByDefault
        return (metadata, problems)
    }

    /// The names of `type`'s `@Parameter` properties by index, read from its field records: labels are `_name` for a
    /// wrapped property `name`, in declaration order, the order the properties are initialised in (and take their
    /// indices). Not `Mirror`: it asks each new type whether it is CustomReflectable, a scan of every conformance
    /// in the binary (about 1 M instructions per cmdlet, paid by the first use of each command).
    private static func fieldLabels<C: Cmdlet>(of type: C.Type) -> [Int: String] {
        var labels: [Int: String] = [:]
        // `.classType`, spelt by its raw value: the static is a `var`, which strict concurrency refuses to read.
        let complete = _forEachField(of: type, options: _EachFieldOptions(rawValue: 1)) { name, _, fieldType, _ in
            guard fieldType is any ParameterProperty.Type else { return true }
            labels[labels.count] = unwrappedLabel(String(cString: name))
            return true
        }
        return complete ? labels : [:]
    }

    /// The same names by reflection on an instance, each at the index its property took.
    private static func reflectedLabels(of instance: some Cmdlet) -> [Int: String] {
        var labels: [Int: String] = [:]
        for child in Mirror(reflecting: instance).children {
            guard let property = child.value as? any ParameterProperty, let label = child.label else { continue }
            labels[property.index] = unwrappedLabel(label)
        }
        return labels
    }

    private static func unwrappedLabel(_ label: String) -> String {
        label.hasPrefix("_") ? String(label.dropFirst()) : label
    }
}
