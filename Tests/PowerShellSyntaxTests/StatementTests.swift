import Testing
import PowerShellSyntax

@Suite struct StatementTests {
    static let statements: [ShapeCase] = [
        ShapeCase("1; 2\n3", "1; 2; 3"),
        ShapeCase(";;\n\n", ""),
        ShapeCase("if ($a) { 1 }", "(if ($a {1}))"),
        ShapeCase("if ($a) { 1 } elseif ($b) { 2 } else { 3 }", "(if ($a {1}) ($b {2}) else {3})"),
        ShapeCase("if ($a) {\n1\n}\nelse {\n2\n}", "(if ($a {1}) else {2})"),
        ShapeCase("If($a){1}ElseIf($b){2}", "(if ($a {1}) ($b {2}))"),
        ShapeCase("if ($x = Get-Foo) { $x }", "(if ((paren (= $x (cmd Get-Foo))) {$x}))"),
        ShapeCase("if (Test-Path x) { 1 }\n2", "(if ((cmd Test-Path x) {1})); 2"),
        ShapeCase("switch ($x) { 1 { 'one' } default { 'other' } }", "(switch $x (1 {'one'}) default {'other'})"),
        ShapeCase("switch -regex ($x) { \"^a\" { 1 } b { 2 } { $_ -gt 3 } { 4 } }", "(switch -regex $x (\"^a\" {1}) (b {2}) ({(-gt $_ 3)} {4}))"),
        ShapeCase("switch -Wildcard -CaseSensitive ($x) { a* { 1 } }", "(switch -wildcard -casesensitive $x (a* {1}))"),
        ShapeCase("switch -exact ($x)\n{\n  'a' { 1 }\n  'b' { 2 }\n}", "(switch -exact $x ('a' {1}) ('b' {2}))"),
        ShapeCase("switch -file $path { a {1} }", "(switch -file $path (a {1}))"),
        ShapeCase("switch (1, 2) { 1 { break } }", "(switch (, 1 2) (1 {(break)}))"),
        ShapeCase("foreach ($x in 1..3) { $x }", "(foreach $x (.. 1 3) {$x})"),
        ShapeCase("foreach ($kp in Get-TrustAuthorityKeyProvider) { $kp.Name }", "(foreach $kp (cmd Get-TrustAuthorityKeyProvider) {(. $kp Name)})"),
        ShapeCase("for ($i = 0; $i -lt 3; $i++) { $i }", "(for (= $i 0) (-lt $i 3) (post++ $i) {$i})"),
        ShapeCase("for (;;) { break }", "(for _ _ _ {(break)})"),
        ShapeCase("for ($i = 0\n $i -lt 3\n $i++) { }", "(for (= $i 0) (-lt $i 3) (post++ $i) {})"),
        ShapeCase("while ($true) { continue }", "(while $true {(continue)})"),
        ShapeCase("do { $i++ } while ($i -lt 3)", "(do-while {(post++ $i)} (-lt $i 3))"),
        ShapeCase("do { $i++ }\nuntil ($i -ge 3)", "(do-until {(post++ $i)} (-ge $i 3))"),
        ShapeCase(":outer foreach ($a in $b) { foreach ($c in $d) { break outer } }", "(foreach:outer $a $b {(foreach $c $d {(break:outer)})})"),
        ShapeCase(":loop while (1) { continue loop }", "(while:loop 1 {(continue:loop)})"),
        ShapeCase(":s switch (1) { default { break s } }", "(switch:s 1 default {(break:s)})"),
        ShapeCase("return", "(return)"),
        ShapeCase("return $x | Foo", "(return (| $x (cmd Foo)))"),
        ShapeCase("exit", "(exit)"),
        ShapeCase("exit 1", "(exit 1)"),
        ShapeCase("throw", "(throw)"),
        ShapeCase("throw \"bad $x\"", "(throw (str \"bad \" $x))"),
        ShapeCase("{ return }", "{(return)}"),
        ShapeCase("try { 1 } finally { 2 }", "(try {1} finally {2})"),
        ShapeCase("try { 1 } catch [System.Net.WebException],[System.IO.IOException] { 2 } catch { 3 } finally { 4 }",
                  "(try {1} catch[System.Net.WebException][System.IO.IOException] {2} catch {3} finally {4})"),
        ShapeCase("try {\n 1\n}\ncatch {\n $_\n}", "(try {1} catch {$_})"),
        ShapeCase("trap { continue }", "(trap {(continue)})"),
        ShapeCase("trap [System.Exception] { 'x' }", "(trap[System.Exception] {'x'})"),
        ShapeCase("function Get-X { param($a, [int]$b = 2) $a }", "(function Get-X {param($a, [int]$b=2) $a})"),
        ShapeCase("function f($a, [int]$b = 2) { $a + $b }", "(function f {param($a, [int]$b=2) (+ $a $b)})"),
        ShapeCase("function f() { }", "(function f {param()})"),
        ShapeCase("function global:f { 1 }", "(function global:f {1})"),
        ShapeCase("filter Only-Even { if ($_ % 2 -eq 0) { $_ } }", "(filter Only-Even {(if ((-eq (% $_ 2) 0) {$_}))})"),
        ShapeCase("function f {\n  [CmdletBinding()]\n  param(\n    [Parameter(Mandatory, Position=0, ValueFromPipeline=$true)]\n    [ValidateSet('a','b')]\n    [string[]]$Name,\n    [switch]$Force\n  )\n  begin { 1 }\n  process { 2 }\n  end { 3 }\n}",
                  "(function f {[CmdletBinding()] param([Parameter(Mandatory, Position=0, ValueFromPipeline=$true)][ValidateSet('a', 'b')][string[]]$Name, [switch]$Force) begin{1} process{2} end{3}})"),
        ShapeCase("param($x = 1, $y)\n$x", "param($x=1, $y) $x"),
        ShapeCase("[CmdletBinding()]\nparam()\n1", "[CmdletBinding()] param() 1"),
        ShapeCase("[int]$x = 5", "(= ([int] $x) 5)"),
        ShapeCase("Get-Foo; if ($a) { 1 }", "(cmd Get-Foo); (if ($a {1}))"),
        ShapeCase("foreach-object { $_ }", "(cmd foreach-object {$_})"),
        ShapeCase("Get-Foo | foreach { $_ }", "(| (cmd Get-Foo) (cmd foreach {$_}))"),
    ]

    @Test(arguments: statements)
    func statementsParse(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    @Test func requiresLinesAreCollected() throws {
        let block = try Parser.parse("#Requires -Version 7\n#requires -Modules VMware.PowerCLI\n# not requires\nGet-Foo")
        #expect(block.requires == ["Requires -Version 7", "requires -Modules VMware.PowerCLI"])
        #expect(block.endBlock.count == 1)
    }

    @Test func statementSpansHaveLinesAndColumns() throws {
        let block = try Parser.parse("$a = 1\n  Get-Foo -x\n\n\t$b.c")
        #expect(block.endBlock.map(\.span.line) == [1, 2, 4])
        #expect(block.endBlock.map(\.span.column) == [1, 3, 2])
        #expect(block.endBlock[1].span.start == 9)
        #expect(block.endBlock[1].span.end == 19)
    }

    @Test func columnsCountUnicodeScalarsAndOffsetsCountUtf8() throws {
        let block = try Parser.parse("'日本' ; Get-Foo")
        #expect(block.endBlock[1].span.column == 8)
        #expect(block.endBlock[1].span.start == "'日本' ; ".utf8.count)
    }

    @Test func crlfLineEndingsCountAsOneLine() throws {
        let block = try Parser.parse("1\r\n2\r3")
        #expect(block.endBlock.map(\.span.line) == [1, 2, 3])
    }
}
