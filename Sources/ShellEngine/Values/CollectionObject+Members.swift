/// The collections' properties, methods and indexer, with .NET Framework's return types (ArrayList.Add returns
/// the new index, `List[T].Add` is void, `HashSet[T].Add` and `List[T].Remove` return a Boolean) and messages.
/// Sources: https://learn.microsoft.com/dotnet/api/system.collections.arraylist, .../system.collections.generic.list-1,
/// .../hashset-1, .../system.collections.queue, .../system.collections.stack, .../system.array.
extension CollectionObject {
    static let fixedSizeMessage = "Collection was of a fixed size."
    static let indexOutOfRangeMessage = "Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: index"

    func collectionProperty(_ lower: String) -> Value? {
        switch lower {
        case "count": return .int(items.count)
        case "length", "longlength": return kind == .array ? .int(items.count) : nil
        case "rank": return kind == .array ? .int(1) : nil
        case "capacity": return kind == .arrayList || kind == .list ? .int(capacity) : nil
        case "isfixedsize": return isList ? .bool(kind == .array) : nil
        case "isreadonly": return isList ? .bool(false) : nil
        case "issynchronized": return kind == .hashSet || kind == .list ? nil : .bool(false)
        case "syncroot": return kind == .hashSet || kind == .list ? nil : .dotNet(self)
        default: return nil
        }
    }

    func setCollectionProperty(_ lower: String, _ value: Value, call: MethodCall) throws -> Bool {
        guard lower == "capacity", kind == .arrayList || kind == .list else { return false }
        let requested = try LanguagePrimitives.toInt(value)
        guard requested >= items.count else {
            throw call.failure("capacity was less than the current size.\r\nParameter name: value", exception: "System.ArgumentOutOfRangeException")
        }
        capacity = requested
        return true
    }

    /// Converts an element for this collection (`List[int].Add('2')` stores 2).
    func converted(_ value: Value, _ call: MethodCall, parameter: String) throws -> Value {
        guard let elementType, elementType != "System.Object", elementType != "System.Management.Automation.PSObject" else { return value }
        return try call.convert(value, to: elementType, parameter: parameter)
    }

    private func position(_ value: Value) -> Int? {
        items.firstIndex { LanguagePrimitives.areEqual($0, value, caseSensitive: true) }
    }

    private func range(_ call: MethodCall, start: Int, count: Int) throws -> Range<Int> {
        guard start >= 0, count >= 0, start + count <= items.count else {
            throw call.failure(start < 0 || count < 0 ? "Non-negative number required.\r\nParameter name: \(start < 0 ? "index" : "count")"
                                   : "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.",
                               exception: start < 0 || count < 0 ? "System.ArgumentOutOfRangeException" : "System.ArgumentException")
        }
        return start..<(start + count)
    }

    /// The array `ToArray()` gives: `Object[]` for ArrayList and the plain Queue and Stack, `T[]` otherwise.
    func toArray() -> Value {
        guard let elementType, elementType != "System.Object" else { return .array(elements ?? []) }
        return .dotNet(CollectionObject(kind: .array, elementType: elementType, items: elements ?? []))
    }

    func invokeCollection(_ lower: String, call: MethodCall) throws -> MethodResult? {
        switch kind {
        case .arrayList, .list: return try invokeList(lower, call)
        case .hashSet: return try invokeHashSet(lower, call)
        case .queue: return try invokeQueue(lower, call)
        case .stack: return try invokeStack(lower, call)
        case .array: return try invokeArray(lower, call)
        }
    }

    private func invokeList(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        let generic = kind == .list
        switch lower {
        case "add":
            try call.expect(1)
            items.append(try converted(call.argument(0), call, parameter: generic ? "item" : "value"))
            grow()
            return generic ? .void : .value(.int(items.count - 1))
        case "addrange":
            try call.expect(1)
            guard !call.argument(0).isNull else { throw call.failure("Value cannot be null.\r\nParameter name: \(generic ? "collection" : "c")", exception: "System.ArgumentNullException") }
            items += try call.argument(0).enumerated.map { try converted($0, call, parameter: "collection") }
            grow()
            return .void
        case "insert":
            try call.expect(2)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index <= items.count else {
                throw call.failure(generic ? "Index must be within the bounds of the List.\r\nParameter name: index"
                                           : "Insertion index was out of range. Must be non-negative and less than or equal to size.\r\nParameter name: index",
                                   exception: "System.ArgumentOutOfRangeException")
            }
            items.insert(try converted(call.argument(1), call, parameter: generic ? "item" : "value"), at: index)
            grow()
            return .void
        case "insertrange":
            try call.expect(2)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index <= items.count else { throw call.failure(Self.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException") }
            items.insert(contentsOf: try call.argument(1).enumerated.map { try converted($0, call, parameter: "collection") }, at: index)
            grow()
            return .void
        case "remove":
            try call.expect(1)
            let target = try converted(call.argument(0), call, parameter: generic ? "item" : "obj")
            let found = position(target)
            if let found { items.remove(at: found) }
            return generic ? .value(.bool(found != nil)) : .void
        case "removeat":
            try call.expect(1)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index < items.count else { throw call.failure(Self.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException") }
            items.remove(at: index)
            return .void
        case "removerange":
            try call.expect(2)
            items.removeSubrange(try range(call, start: try call.int(0, parameter: "index"), count: try call.int(1, parameter: "count")))
            return .void
        case "getrange":
            try call.expect(2)
            let span = try range(call, start: try call.int(0, parameter: "index"), count: try call.int(1, parameter: "count"))
            return .value(.dotNet(copy(items: Array(items[span]))))
        case "clear":
            try call.expect(0)
            clear()
            return .void
        case "contains":
            try call.expect(1)
            return .value(.bool(position(call.argument(0)) != nil))
        case "indexof", "lastindexof":
            try call.expect(1, 2, 3)
            let target = call.argument(0)
            let start = call.arguments.count > 1 ? try call.int(1, parameter: "index") : 0
            guard start >= 0, start <= items.count else { throw call.failure(Self.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException") }
            let indexes = lower == "indexof" ? Array(start..<items.count) : Array((0..<min(items.count, start == 0 && call.arguments.count == 1 ? items.count : start + 1)).reversed())
            return .value(.int(indexes.first { LanguagePrimitives.areEqual(items[$0], target, caseSensitive: true) } ?? -1))
        case "sort":
            try call.expect(0)
            items.sort { (LanguagePrimitives.compare($0, $1) ?? .orderedSame) == .orderedAscending }
            return .void
        case "reverse":
            try call.expect(0, 2)
            if call.arguments.count == 2 {
                let span = try range(call, start: try call.int(0, parameter: "index"), count: try call.int(1, parameter: "count"))
                items.replaceSubrange(span, with: items[span].reversed())
            } else {
                items.reverse()
            }
            return .void
        case "toarray":
            try call.expect(0)
            return .value(toArray())
        case "clone":
            guard !generic else { return nil }
            return .value(.dotNet(copy()))
        case "trimtosize", "trimexcess":
            capacity = items.count
            return .void
        case "exists", "find", "findlast", "findall", "findindex", "findlastindex", "removeall", "trueforall", "foreach":
            guard generic else { return nil }
            try call.expect(1)
            return try invokePredicate(lower, call)
        default:
            return nil
        }
    }

    /// `List[T]` methods that take a `Predicate[T]` or `Action[T]`: PowerShell converts a script block to it.
    private func invokePredicate(_ lower: String, _ call: MethodCall) throws -> MethodResult {
        let block = call.argument(0)
        func matches(_ item: Value) throws -> Bool { LanguagePrimitives.isTrue(try call.callDelegate(block, with: item)) }
        switch lower {
        case "exists": return .value(.bool(try items.contains(where: matches)))
        case "trueforall": return .value(.bool(try items.allSatisfy(matches)))
        case "find": return .value(try items.first(where: matches) ?? defaultElement)
        case "findlast": return .value(try items.last(where: matches) ?? defaultElement)
        case "findindex": return .value(.int(try items.firstIndex(where: matches) ?? -1))
        case "findlastindex": return .value(.int(try items.lastIndex(where: matches) ?? -1))
        case "findall": return .value(.dotNet(copy(items: try items.filter(matches))))
        case "removeall":
            let before = items.count
            items = try items.filter { try !matches($0) }
            return .value(.int(before - items.count))
        default:
            for item in items { _ = try call.callDelegate(block, with: item) }
            return .void
        }
    }

    /// `default(T)`: 0 for numbers, `$null` for reference types.
    var defaultElement: Value {
        switch elementType {
        case "System.Int32", "System.Int64", "System.Byte", "System.Int16", "System.UInt16", "System.UInt32", "System.UInt64", "System.SByte": return .int(0)
        case "System.Double", "System.Single": return .double(0)
        case "System.Boolean": return .bool(false)
        case "System.Char": return .dotNet(CharObject(code: 0))
        default: return .null
        }
    }

    private func invokeHashSet(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        func other() throws -> [Value] {
            guard !call.argument(0).isNull else { throw call.failure("Value cannot be null.\r\nParameter name: other", exception: "System.ArgumentNullException") }
            return try call.argument(0).enumerated.map { try converted($0, call, parameter: "other") }
        }
        func keys(_ values: [Value]) -> Set<String> { Set(values.map { PSHashtable.lookupKey($0, caseSensitive: !ignoresCase) }) }
        let mine = { keys(self.items) }
        switch lower {
        case "add":
            try call.expect(1)
            return .value(.bool(insertMember(try converted(call.argument(0), call, parameter: "item"))))
        case "remove":
            try call.expect(1)
            return .value(.bool(removeMember(try converted(call.argument(0), call, parameter: "item"))))
        case "contains":
            try call.expect(1)
            return .value(.bool(containsMember(call.argument(0))))
        case "clear":
            try call.expect(0)
            clear()
            return .void
        case "unionwith":
            try call.expect(1)
            for item in try other() { _ = insertMember(item) }
            return .void
        case "intersectwith":
            try call.expect(1)
            let keep = keys(try other())
            for item in items where !keep.contains(PSHashtable.lookupKey(item, caseSensitive: !ignoresCase)) { _ = removeMember(item) }
            return .void
        case "exceptwith":
            try call.expect(1)
            for item in try other() { _ = removeMember(item) }
            return .void
        case "symmetricexceptwith":
            try call.expect(1)
            for item in try other() where !removeMember(item) { _ = insertMember(item) }
            return .void
        case "issubsetof": try call.expect(1); return .value(.bool(mine().isSubset(of: keys(try other()))))
        case "issupersetof": try call.expect(1); return .value(.bool(mine().isSuperset(of: keys(try other()))))
        case "ispropersubsetof": try call.expect(1); return .value(.bool(mine().isStrictSubset(of: keys(try other()))))
        case "ispropersupersetof": try call.expect(1); return .value(.bool(mine().isStrictSuperset(of: keys(try other()))))
        case "overlaps": try call.expect(1); return .value(.bool(!mine().isDisjoint(with: keys(try other()))))
        case "setequals": try call.expect(1); return .value(.bool(mine() == keys(try other())))
        case "removewhere":
            try call.expect(1)
            var removed = 0
            for item in items where LanguagePrimitives.isTrue(try call.callDelegate(call.argument(0), with: item)) {
                _ = removeMember(item)
                removed += 1
            }
            return .value(.int(removed))
        case "trimexcess": return .void
        default: return nil
        }
    }

    private func invokeQueue(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "enqueue":
            try call.expect(1)
            items.append(try converted(call.argument(0), call, parameter: elementType == nil ? "obj" : "item"))
            return .void
        case "dequeue", "peek":
            try call.expect(0)
            guard let first = items.first else { throw call.failure("Queue empty.", exception: "System.InvalidOperationException") }
            if lower == "dequeue" { items.removeFirst() }
            return .value(first)
        default:
            return try invokeStackOrQueue(lower, call)
        }
    }

    private func invokeStack(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "push":
            try call.expect(1)
            items.append(try converted(call.argument(0), call, parameter: elementType == nil ? "obj" : "item"))
            return .void
        case "pop", "peek":
            try call.expect(0)
            guard let top = items.last else { throw call.failure("Stack empty.", exception: "System.InvalidOperationException") }
            if lower == "pop" { items.removeLast() }
            return .value(top)
        default:
            return try invokeStackOrQueue(lower, call)
        }
    }

    private func invokeStackOrQueue(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "contains": try call.expect(1); return .value(.bool(position(call.argument(0)) != nil))
        case "clear": try call.expect(0); clear(); return .void
        case "toarray": try call.expect(0); return .value(toArray())
        case "clone": return elementType == nil ? .value(.dotNet(copy())) : nil
        case "trimtosize", "trimexcess": return .void
        default: return nil
        }
    }

    private func invokeArray(_ lower: String, _ call: MethodCall) throws -> MethodResult? {
        switch lower {
        case "add", "insert", "remove", "removeat", "clear":
            throw call.failure(Self.fixedSizeMessage, exception: "System.NotSupportedException")
        case "contains": try call.expect(1); return .value(.bool(position(call.argument(0)) != nil))
        case "indexof": try call.expect(1); return .value(.int(position(call.argument(0)) ?? -1))
        case "clone": try call.expect(0); return .value(.dotNet(copy()))
        case "getvalue":
            try call.expect(1)
            let index = try call.int(0, parameter: "index")
            guard index >= 0, index < items.count else { throw call.failure("Index was outside the bounds of the array.", exception: "System.IndexOutOfRangeException") }
            return .value(items[index])
        case "setvalue":
            try call.expect(2)
            let index = try call.int(1, parameter: "index")
            guard index >= 0, index < items.count else { throw call.failure("Index was outside the bounds of the array.", exception: "System.IndexOutOfRangeException") }
            items[index] = try converted(call.argument(0), call, parameter: "value")
            return .void
        case "getlength": try call.expect(1); return .value(.int(items.count))
        case "getupperbound": try call.expect(1); return .value(.int(items.count - 1))
        case "getlowerbound": try call.expect(1); return .value(.int(0))
        default: return nil
        }
    }

    // MARK: - Indexing

    func collectionElement(at index: Value, call: MethodCall) throws -> Value? {
        guard isList else {
            throw call.shell.error("Unable to index into an object of type \(typeName).", id: "CannotIndex", span: call.span)
        }
        guard let position = try? LanguagePrimitives.toInt(index, typeName: "System.Int64") else { return .null }
        let resolved = position < 0 ? items.count + position : position
        return resolved >= 0 && resolved < items.count ? items[resolved] : .null
    }

    func setCollectionElement(at index: Value, _ value: Value, call: MethodCall) throws -> Bool {
        guard isList else { return false }
        let position = try LanguagePrimitives.toInt(index)
        let resolved = kind == .array && position < 0 ? items.count + position : position
        guard resolved >= 0, resolved < items.count else {
            if kind == .array {
                throw call.shell.error("Index was outside the bounds of the array.", id: "System.IndexOutOfRangeException", span: call.span, reason: "IndexOutOfRangeException")
            }
            throw call.failure(Self.indexOutOfRangeMessage, exception: "System.ArgumentOutOfRangeException")
        }
        if let elementType, elementType != "System.Object" {
            items[resolved] = try Conversion.convert(value, to: elementType, shell: call.shell, span: call.span)
        } else {
            items[resolved] = value
        }
        return true
    }

    // MARK: - Get-Member

    var collectionMembers: [DotNetMember] {
        let element = elementType.map { TypeNames.shortName($0) } ?? "System.Object"
        var list = DotNetMember.objectMethods
        list.append(.property("Count", "int Count {get;}"))
        switch kind {
        case .arrayList, .list:
            let generic = kind == .list
            list += [
                .method("Add", generic ? "void Add(\(element) item)" : "int Add(System.Object value)"),
                .method("AddRange", generic ? "void AddRange(System.Collections.Generic.IEnumerable[\(element)] collection)" : "void AddRange(System.Collections.ICollection c)"),
                .method("Clear", "void Clear()"),
                .method("Contains", "bool Contains(\(element) item)"),
                .method("GetRange", generic ? "System.Collections.Generic.List[\(element)] GetRange(int index, int count)" : "System.Collections.ArrayList GetRange(int index, int count)"),
                .method("IndexOf", "int IndexOf(\(element) item)"),
                .method("Insert", "void Insert(int index, \(element) item)"),
                .method("Remove", generic ? "bool Remove(\(element) item)" : "void Remove(System.Object obj)"),
                .method("RemoveAt", "void RemoveAt(int index)"),
                .method("RemoveRange", "void RemoveRange(int index, int count)"),
                .method("Reverse", "void Reverse()"),
                .method("Sort", "void Sort()"),
                .method("ToArray", generic ? "\(element)[] ToArray()" : "System.Object[] ToArray()"),
                .property("Capacity", "int Capacity {get;set;}"),
                DotNetMember(name: "Item", kind: "ParameterizedProperty", definition: "\(element) Item(int index) {get;set;}"),
            ]
            if !generic {
                list += [.method("Clone", "System.Object Clone()"), .property("IsFixedSize", "bool IsFixedSize {get;}"),
                         .property("IsReadOnly", "bool IsReadOnly {get;}"), .property("IsSynchronized", "bool IsSynchronized {get;}"),
                         .property("SyncRoot", "System.Object SyncRoot {get;}")]
            } else {
                list += ["Exists", "Find", "FindAll", "FindIndex", "FindLast", "RemoveAll", "TrueForAll", "ForEach"].map {
                    .method($0, "\($0 == "FindAll" ? "System.Collections.Generic.List[\(element)]" : ($0 == "Exists" || $0 == "TrueForAll" ? "bool" : ($0 == "ForEach" ? "void" : element))) \($0)(System.Predicate[\(element)] match)")
                }
            }
        case .hashSet:
            list += [
                .method("Add", "bool Add(\(element) item)"), .method("Clear", "void Clear()"),
                .method("Contains", "bool Contains(\(element) item)"), .method("ExceptWith", "void ExceptWith(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("IntersectWith", "void IntersectWith(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("IsSubsetOf", "bool IsSubsetOf(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("IsSupersetOf", "bool IsSupersetOf(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("Overlaps", "bool Overlaps(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("Remove", "bool Remove(\(element) item)"), .method("SetEquals", "bool SetEquals(System.Collections.Generic.IEnumerable[\(element)] other)"),
                .method("UnionWith", "void UnionWith(System.Collections.Generic.IEnumerable[\(element)] other)"),
            ]
        case .queue:
            list += [.method("Clear", "void Clear()"), .method("Contains", "bool Contains(\(element) item)"),
                     .method("Dequeue", "\(element) Dequeue()"), .method("Enqueue", "void Enqueue(\(element) item)"),
                     .method("Peek", "\(element) Peek()"), .method("ToArray", "\(element)[] ToArray()")]
        case .stack:
            list += [.method("Clear", "void Clear()"), .method("Contains", "bool Contains(\(element) item)"),
                     .method("Peek", "\(element) Peek()"), .method("Pop", "\(element) Pop()"),
                     .method("Push", "void Push(\(element) item)"), .method("ToArray", "\(element)[] ToArray()")]
        case .array:
            list += [.method("Clone", "System.Object Clone()"), .method("GetValue", "System.Object GetValue(int index)"),
                     .method("SetValue", "void SetValue(System.Object value, int index)"),
                     .property("IsFixedSize", "bool IsFixedSize {get;}"), .property("Length", "int Length {get;}"),
                     .property("LongLength", "long LongLength {get;}"), .property("Rank", "int Rank {get;}")]
        }
        return list
    }
}
