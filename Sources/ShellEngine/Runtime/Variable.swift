/// A variable: its name as first written, its value and whether it may change.
/// A class, so that assigning an existing variable (every iteration of a loop) updates it in place
/// with one dictionary lookup and no copy of the whole record.
package final class Variable {
    package var name: String
    /// Not checked for overlapping access at run time (no code takes it `inout`): every variable read and
    /// write of a script pays for the check otherwise.
    @exclusivity(unchecked) package var value: Value
    package var isConstant: Bool
    package var description: String
    /// Assigned from a command that wrote nothing (PowerShell's AutomationNull): it reads as `$null`, but
    /// piped (`$x | ...`) or in `@($x)` it gives no object at all, where a real `$null` gives one.
    @exclusivity(unchecked) package var holdsAutomationNull = false
    /// `[int]$i = ...` constrains the variable: every later assignment converts to this type (about_Variables).
    package var typeConstraint: String?

    package init(name: String, value: Value, isConstant: Bool = false, description: String = "") {
        self.name = name
        self.value = value
        self.isConstant = isConstant
        self.description = description
    }
}
