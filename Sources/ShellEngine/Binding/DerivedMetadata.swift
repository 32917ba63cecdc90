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

    /// The metadata and what is wrong with the declarations (the declaration test asserts there is nothing).
    package static func derive<C: Cmdlet>(_ type: C.Type) -> (metadata: CommandMetadata, problems: [String]) {
        let (instance, storage) = ParameterCollector.collect(derivingDeclarations: true) { C() }
        var problems: [String] = []
        // Property names come from reflection, once: labels are `_name` for a wrapped property `name`.
        var labels: [Int: String] = [:]
        for child in Mirror(reflecting: instance).children {
            guard let property = child.value as? any ParameterProperty, let label = child.label else { continue }
            labels[property.index] = label.hasPrefix("_") ? String(label.dropFirst()) : label
        }
        if labels.count != storage.declarations.count {
            problems.append("\(type.command.name): \(storage.declarations.count) @Parameter properties initialised but \(labels.count) found by reflection")
        }
        var parameters: [ParameterMetadata] = []
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
            if parameters.contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
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
}
