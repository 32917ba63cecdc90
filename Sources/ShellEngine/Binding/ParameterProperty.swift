/// A `@Parameter` property seen by reflection, without its value type (metadata derivation reads the place it took
/// in initialisation order).
package protocol ParameterProperty {
    var order: Int { get }
}
