/// Where a property was found on the last object asked, by layout: the next object of the same layout
/// has it at the same position, so a table column looks it up without hashing its name again.
package struct PropertySlotCache {
    var token: PropertyLayout.Token?
    var slot = 0

    package init() {}
}
