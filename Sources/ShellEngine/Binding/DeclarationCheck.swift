/// What is wrong with a cmdlet's `@Parameter` declarations, for the test that checks every registered cmdlet.
public enum DeclarationCheck {
    public static func problems(of type: any Cmdlet.Type) -> [String] {
        problems(type)
    }

    private static func problems<C: Cmdlet>(_ type: C.Type) -> [String] {
        DerivedMetadata.derive(type, checking: true).problems
    }
}
