import ShellEngine
/// Registered views per type (what PowerCLI's `*.Format.ps1xml` files provide).
public struct FormatRegistry {
    private var views: [String: FormatView] = [:]

    /// A registry with the engine's own views (Group-Object, Measure-Object, Get-Member, files, ...).
    public init() {
        for view in BuiltinViews.all { views[view.typeName] = view }
    }

    public mutating func register(_ view: FormatView) { views[view.typeName] = view }

    /// The registered view for the first of the value's type names that has one.
    public func view(for value: Value) -> FormatView? {
        guard case .object(let object) = value else { return nil }
        for name in object.typeNames {
            if let view = views[name] { return view }
        }
        return nil
    }

    public var typeNames: [String] { Array(views.keys) }
}
