/// Everything a `@Parameter` says about itself but its property's name and type.
package struct ParameterDeclaration: Sendable {
    package var name: String?
    package var aliases: [String]
    package var sets: [String: ParameterSetMembership]
    package var description: String
    package var wildcards: Bool
    package var validValues: [String]?
    package var type: ParameterType?
    package var sensitive: Bool?

    static func memberships(_ uses: [ParameterSetUse], single: ParameterSetUse) -> [String: ParameterSetMembership] {
        var sets: [String: ParameterSetMembership] = [:]
        for use in uses.isEmpty ? [single] : uses {
            sets[use.set ?? ParameterSetMembership.allSets] = ParameterSetMembership(mandatory: use.mandatory, position: use.position, pipeline: use.pipeline)
        }
        return sets
    }
}
