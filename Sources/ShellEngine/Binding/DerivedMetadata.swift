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
        let (instance, storage) = ParameterCollector.collectDeclarations { C() }
        var problems: [String] = []
        let fields = parameterFields(of: C.self, declaring: storage.valueTypes)
        var labels: [Int: String] = [:]
        for (index, field) in fields.enumerated() { labels[index] = field.label }
        var layout = ParameterSlots.Layout.none
        if fields.count != storage.declarations.count {
            // Names as reflection on the instance finds them; without offsets no property can be filled.
            labels = reflectedLabels(of: instance)
            problems.append("\(type.command.name): \(storage.declarations.count) @Parameter properties initialised but \(fields.count) found in its field records")
        } else {
            if checking, reflectedLabels(of: instance) != labels {
                problems.append("\(type.command.name): @Parameter properties initialised in another order than declared")
            }
            let offsets = fields.compactMap(\.offset)
            if offsets.count == fields.count {
                layout = ParameterSlots.Layout(type: ObjectIdentifier(C.self), offsets: offsets)
            } else {
                problems.append("\(type.command.name): a @Parameter property's bound value has no offset")
            }
        }
        let slotted = layout.offsets.count == storage.declarations.count
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
            metadata.slot = slotted ? parameters.count : nil
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
        metadata.slotLayout = layout
        return (metadata, problems)
    }

    /// `type`'s `@Parameter` properties read from its field records, in declaration order (the order the properties
    /// are initialised in): labels are `_name` for a wrapped property `name`; `offset` is where the property's bound
    /// value sits in an instance. A field is the next parameter when its type is `Parameter<T>` of the next declared
    /// value type: an identity comparison, where a cast to `ParameterProperty` would scan every conformance of the
    /// binary once for each new type. Not `Mirror`: it asks each new type whether it is CustomReflectable, another
    /// such scan (about 1 M instructions per cmdlet, paid by the first use of each command).
    private static func parameterFields<C: Cmdlet>(of type: C.Type, declaring valueTypes: [any ParameterValue.Type]) -> [(label: String, offset: Int?)] {
        let expected = valueTypes.map { propertyLayout(of: $0) }
        var fields: [(label: String, offset: Int?)] = []
        // `.classType`, spelt by its raw value: the static is a `var`, which strict concurrency refuses to read.
        let complete = _forEachField(of: type, options: _EachFieldOptions(rawValue: 1)) { name, offset, fieldType, _ in
            guard fields.count < expected.count, ObjectIdentifier(fieldType) == expected[fields.count].type else { return true }
            fields.append((unwrappedLabel(String(cString: name)), expected[fields.count].boundOffset.map { offset + $0 }))
            return true
        }
        return complete ? fields : []
    }

    /// The property type `Parameter<T>` for value type `T`, and where its bound value sits in it.
    private static func propertyLayout<T: ParameterValue>(of valueType: T.Type) -> (type: ObjectIdentifier, boundOffset: Int?) {
        (ObjectIdentifier(Parameter<T>.self), Parameter<T>.boundOffset)
    }

    /// The same names by reflection on an instance, each at the place its property took in initialisation order.
    private static func reflectedLabels(of instance: some Cmdlet) -> [Int: String] {
        var labels: [Int: String] = [:]
        for child in Mirror(reflecting: instance).children {
            guard let property = child.value as? any ParameterProperty, let label = child.label else { continue }
            labels[property.order] = unwrappedLabel(label)
        }
        return labels
    }

    private static func unwrappedLabel(_ label: String) -> String {
        label.hasPrefix("_") ? String(label.dropFirst()) : label
    }
}
