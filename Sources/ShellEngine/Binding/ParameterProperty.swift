/// A `@Parameter` property seen by reflection, without its value type (metadata derivation reads its index).
package protocol ParameterProperty {
    var index: Int { get }
}
