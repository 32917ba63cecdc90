/// One token, located by scalar indexes into the source.
///
/// Double-quoted strings and bare words that contain variables, quotes or escapes are
/// only *marked* by the lexer (``TokenKind/expandableStringStart(_:)``, ``TokenKind/complexWord``):
/// their bodies may hold `$( ... )` subexpressions, so the parser scans them itself.
struct Token: Equatable, Sendable {
    var kind: TokenKind
    var start: Int
    var end: Int
}
