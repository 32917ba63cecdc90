import Testing
@testable import ShellEngine
import TestSupport

/// .NET collections as PowerShell scripts use them: reference types whose methods return what .NET's return
/// (a void method writes nothing), enumerated by the pipeline and by operators.
@Suite struct DotNetCollectionTests {
    /// https://learn.microsoft.com/dotnet/api/system.collections.arraylist.add returns the new index, written to the
    /// pipeline unless [void] or $null = takes it (DOCS:reference/docs-conceptual/learn/deep-dives/everything-about-arrays.md).
    @Test func arrayListAddWritesTheIndexUnlessDiscarded() {
        let script = "$al = [System.Collections.ArrayList]::new(); $al.Add('a'); $al.Add('b'); [void]$al.Add('c'); $null = $al.Add('d'); $al.Count"
        #expect(output(of: script) == "0\n1\n4")
    }

    /// List[T].Add and Hashtable.Add return void (learn.microsoft.com .../list-1.add, .../hashtable.add): nothing is
    /// written, so @() of the call is empty (DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Methods.md).
    @Test func voidMethodsWriteNothing() {
        #expect(output(of: "$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1); @($l.Add(2)).Count; $l.Count") == "0\n2")
        #expect(output(of: "$h = @{}; $h.Add('k', 'v'); @($h.Add('k2', 'v2')).Count; $h.Clear(); $h.Count") == "0\n0")
    }

    /// Collections are shared by reference (everything-about-arrays.md: ArrayList is a reference type).
    @Test func aCollectionIsSharedByReference() {
        #expect(output(of: "$a = [System.Collections.ArrayList]::new(); $b = $a; [void]$b.Add('shared'); $a.Count; $a[0]") == "1\nshared")
    }

    /// A List[int] converts what it is given and refuses what does not convert, with the method binder's message
    /// (PS:src/System.Management.Automation/resources/ExtendedTypeSystem.resx at 60b3b304f2, MethodArgumentConversionException).
    @Test func aGenericListConvertsItsElements() {
        #expect(output(of: "$l = [System.Collections.Generic.List[int]]::new(); $l.Add('2'); $l[0] + 1") == "3")
        let text = output(of: "$l = [System.Collections.Generic.List[int]]::new(); try { $l.Add('x') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(text == "MethodArgumentConversionInvalidCastArgument\nCannot convert argument \"item\", with value: \"x\", for \"Add\" to type \"System.Int32\": \"Cannot convert value \"x\" to type \"System.Int32\". Error: \"Input string was not in a correct format.\"\"")
    }

    /// GetType() of generic types: List`1 by name, the .NET Framework full name with the assembly of each argument.
    @Test func genericTypesAreNamedAsDotNetNamesThem() {
        #expect(output(of: "[System.Collections.Generic.List[string]]::new().GetType().Name") == "List`1")
        #expect(output(of: "[System.Collections.Generic.List[string]]::new().GetType().FullName")
                == "System.Collections.Generic.List`1[[System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]]")
        #expect(output(of: "[System.Collections.ArrayList]@(1) -is [System.Collections.IList]") == "True")
    }

    /// The pipeline, foreach and the operators enumerate a collection (about_Comparison_Operators containment);
    /// `+` makes a new Object[] (everything-about-arrays.md, "Plus equals").
    @Test func collectionsEnumerateInThePipelineAndOperators() {
        #expect(output(of: "$al = [System.Collections.ArrayList]@('a', 'b', 'c'); $al -contains 'b'; 'c' -in $al; ($al | Measure-Object).Count; ($al -ne 'b') -join ','") == "True\nTrue\n3\na,c")
        #expect(output(of: "$l = [System.Collections.Generic.List[int]]@(3, 1, 2); ($l | ForEach-Object { $_ * 2 } | Sort-Object) -join ','") == "2,4,6")
        #expect(output(of: "$al = [System.Collections.ArrayList]@(1); $al += 2; $al.GetType().Name; $al.Count") == "Object[]\n2")
        #expect(output(of: "$s = 0; foreach ($i in [System.Collections.Generic.List[int]]@(1, 2, 3)) { $s += $i }; $s") == "6")
    }

    /// Dictionary[string,V] compares keys exactly (the default comparer of String is ordinal), a Hashtable without
    /// case; Dictionary.Add of a key already there fails with .NET Framework's message (ExtendedTypeSystem.resx MethodInvocationException).
    @Test func dictionaryKeysAreCaseSensitiveAndUnique() {
        #expect(output(of: "$d = [System.Collections.Generic.Dictionary[string, int]]::new(); $d['Key'] = 1; $null -eq $d['key']; $d.Count") == "True\n1")
        #expect(output(of: "$d = [System.Collections.Generic.Dictionary[string, int]]::new(); $d.Add('a', 1); try { $d.Add('a', 2) } catch { $_.Exception.Message }")
                == "Exception calling \"Add\" with \"2\" argument(s): \"An item with the same key has already been added.\"")
    }

    /// TryGetValue writes its out parameter through [ref] (DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Ref.md).
    @Test func tryGetValueSetsTheReferencedVariable() {
        #expect(output(of: "$d = [System.Collections.Generic.Dictionary[string, int]]::new(); $d['a'] = 7; $v = 0; $d.TryGetValue('a', [ref]$v); $v; $d.TryGetValue('zz', [ref]$v)") == "True\n7\nFalse")
    }

    /// HashSet.Add returns whether it added (https://learn.microsoft.com/dotnet/api/system.collections.generic.hashset-1.add);
    /// a StringComparer makes it ignore case.
    @Test func hashSetAddTellsWhetherItAdded() {
        #expect(output(of: "$s = [System.Collections.Generic.HashSet[string]]::new(); $s.Add('a'); $s.Add('a'); $s.Add('A'); $s.Count") == "True\nFalse\nTrue\n2")
        #expect(output(of: "$s = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase); [void]$s.Add('a'); $s.Add('A'); $s.Count") == "False\n1")
    }

    /// Queue is first in first out, Stack last in first out and enumerates from its top
    /// (https://learn.microsoft.com/dotnet/api/system.collections.queue, .../system.collections.stack).
    @Test func queueAndStackKeepTheirOrder() {
        #expect(output(of: "$q = [System.Collections.Queue]::new(); $q.Enqueue('first'); $q.Enqueue('second'); $q.Peek(); $q.Dequeue(); $q.Count") == "first\nfirst\n1")
        #expect(output(of: "$st = [System.Collections.Stack]::new(); 1..3 | ForEach-Object { $st.Push($_) }; $st.Peek(); $st -join ','; $st.Pop(); $st.Count") == "3\n3,2,1\n3\n2")
        #expect(output(of: "$q = [System.Collections.Generic.Queue[string]]::new(); try { $q.Dequeue() } catch { $_.Exception.InnerException.Message }") == "Queue empty.")
    }

    /// StringBuilder's Append returns the builder (https://learn.microsoft.com/dotnet/api/system.text.stringbuilder.append),
    /// which prints as its Capacity, MaxCapacity and Length; "$sb" is its text.
    @Test func stringBuilderAppendsInPlaceAndReturnsItself() {
        #expect(output(of: "$sb = [System.Text.StringBuilder]::new(); [void]$sb.Append('b'); [void]$sb.Insert(0, 'a'); [void]$sb.AppendFormat('-{0}-', 42); $sb.ToString(); $sb.Length; \"$sb\"") == "ab-42-\n6\nab-42-")
        #expect(output(of: "$sb = [System.Text.StringBuilder]::new(); $sb.Append('a')") == "\nCapacity MaxCapacity Length\n-------- ----------- ------\n      16  2147483647      1\n")
    }

    /// An ordered dictionary's integer index is positional; Insert puts a key at a position
    /// (https://learn.microsoft.com/dotnet/api/system.collections.specialized.ordereddictionary.insert).
    @Test func orderedDictionaryIndexesByPosition() {
        #expect(output(of: "$o = [ordered]@{ b = 1; a = 2 }; $o[0]; $o.Insert(0, 'z', 9); $o.Keys -join ','; $o.GetType().FullName") == "1\nz,b,a\nSystem.Collections.Specialized.OrderedDictionary")
        #expect(output(of: "$h = @{ a = 1 }; $o = [ordered]$h").contains("ERR:The ordered attribute can be specified only on a hash literal node."))
    }

    /// A typed array converts its elements and is fixed in size (DOCS:reference/5.1/Microsoft.PowerShell.Core/About/about_Type_Conversion.md).
    @Test func typedArraysConvertAndAreFixedInSize() {
        #expect(output(of: "$b = [byte[]](1, 2, 255); $b.GetType().FullName; $b -join ','") == "System.Byte[]\n1,2,255")
        #expect(output(of: "try { [byte[]](1, 256); 'converted' } catch { 'rejected' }") == "rejected")
        #expect(output(of: "$a = [string[]]@('a'); try { $a.Add('b') } catch { $_.Exception.InnerException.GetType().Name }") == "NotSupportedException")
        #expect(output(of: "[System.Text.Encoding]::UTF8.GetBytes('AB') -join ','; [byte[]][char[]]'hi' -join ','") == "65,66\n104,105")
    }

    /// New-Object's engine side makes these types by the name a script writes.
    @Test func newObjectMakesCollectionsByName() throws {
        let (shell, _) = makeShell()
        guard case .dotNet(let list as CollectionObject)? = try shell.newObject(typeName: "System.Collections.Generic.List[string]", arguments: []) else {
            Issue.record("no List[string]")
            return
        }
        #expect(list.kind == .list && list.elementType == "System.String")
        guard case .dotNet(let builder as StringBuilderObject)? = try shell.newObject(typeName: "Text.StringBuilder", arguments: [.string("x")]) else {
            Issue.record("no StringBuilder")
            return
        }
        #expect(builder.text == "x")
        let missing = try shell.newObject(typeName: "No.Such.Type", arguments: [])
        #expect(missing == nil)
    }

    /// Get-Member's engine side: the members of a collection by .NET's names.
    @Test func collectionsListTheirMembers() {
        let list = CollectionObject(kind: .arrayList, elementType: nil)
        #expect(list.members.contains { $0.name == "Add" && $0.kind == "Method" && $0.definition == "int Add(System.Object value)" })
        #expect(list.members.contains { $0.name == "Count" && $0.kind == "Property" })
    }
}
