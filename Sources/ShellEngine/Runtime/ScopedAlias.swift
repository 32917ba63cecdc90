/// An alias set in a function's or script's scope: it lives as long as that scope (about_Scopes).
struct ScopedAlias {
    /// As written when it was set (the key is lower-cased).
    var name: String
    var target: String
}
