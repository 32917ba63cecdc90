/// Everything a `@Parameter` says about itself but its property's name and type, as written: kept raw, since
/// a cmdlet is made for every command of a script and the declaration is read once per type.
@usableFromInline
package struct ParameterDeclaration: Sendable {
    package var name: String?
    package var aliases: [String]
    package var single: ParameterSetUse
    package var uses: [ParameterSetUse]
    package var description: String
    package var wildcards: Bool
    package var validValues: [String]?
    package var type: ParameterType?
    package var sensitive: Bool?
    /// `ValueFromRemainingArguments`.
    package var remaining: Bool
    /// `[AllowNull()]`.
    package var allowNull = false
    /// `[AllowEmptyString()]`.
    package var allowEmptyString = false

    @usableFromInline
    package init(name: String?, aliases: [String], single: ParameterSetUse, uses: [ParameterSetUse], description: String,
                 wildcards: Bool, validValues: [String]?, type: ParameterType?, sensitive: Bool?, remaining: Bool = false,
                 allowNull: Bool = false, allowEmptyString: Bool = false) {
        self.allowNull = allowNull
        self.allowEmptyString = allowEmptyString
        self.name = name
        self.aliases = aliases
        self.single = single
        self.uses = uses
        self.description = description
        self.wildcards = wildcards
        self.validValues = validValues
        self.type = type
        self.sensitive = sensitive
        self.remaining = remaining
    }

    /// Membership per parameter set (`uses` when given, else the one set of `single`).
    package var sets: [String: ParameterSetMembership] {
        var sets: [String: ParameterSetMembership] = [:]
        for use in uses.isEmpty ? [single] : uses {
            sets[use.set ?? ParameterSetMembership.allSets] = ParameterSetMembership(mandatory: use.mandatory, position: use.position, pipeline: use.pipeline)
        }
        return sets
    }
}
