import Testing
import PowerShellSyntax

/// A source line and the S-expression (see ``AstPrinter``) it must parse to.
struct ShapeCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: String
    init(_ source: String, _ expected: String) {
        self.source = source
        self.expected = expected
    }
    var testDescription: String { source }
}

@Suite struct ExpressionTests {
    static let precedence: [ShapeCase] = [
        ShapeCase("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ShapeCase("(1 + 2) * 3", "(* (paren (+ 1 2)) 3)"),
        ShapeCase("1 - 2 - 3", "(- (- 1 2) 3)"),
        ShapeCase("1,2 + 3,4", "(+ (, 1 2) (, 3 4))"),
        ShapeCase("-not $a -eq 10", "(-eq (-not $a) 10)"),
        ShapeCase("!$a -eq 10", "(-eq (! $a) 10)"),
        ShapeCase("$a -and $b -or $c", "(-or (-and $a $b) $c)"),
        ShapeCase("$a -eq 1 -and $b -ne 2", "(-and (-eq $a 1) (-ne $b 2))"),
        ShapeCase("$a -band 1 -eq 1", "(-band $a (-eq 1 1))"),
        ShapeCase("2 -shl 1 + 1", "(-shl 2 (+ 1 1))"),
        ShapeCase("1..3", "(.. 1 3)"),
        ShapeCase("1 + 1..3", "(+ 1 (.. 1 3))"),
        ShapeCase("\"{0}\" -f 1,2", "(-f \"{0}\" (, 1 2))"),
        ShapeCase("\"{0}\" -f 1 + 1", "(+ (-f \"{0}\" 1) 1)"),
        ShapeCase("2 * 3 -f 1", "(* 2 (-f 3 1))"),
        ShapeCase("$x ?? 1", "(?? $x 1)"),
        ShapeCase("$x ?? 1 + 2", "(?? $x (+ 1 2))"),
        ShapeCase("$x ?? 1 -eq 1", "(-eq (?? $x 1) 1)"),
        ShapeCase("$a ? 1 : 2", "(? $a 1 2)"),
        ShapeCase("$a -gt 1 ? 'y' : 'n'", "(? (-gt $a 1) 'y' 'n')"),
        ShapeCase("$a ? 1 : $b ? 2 : 3", "(? $a 1 (? $b 2 3))"),
        ShapeCase("-split \"a b\"", "(-split \"a b\")"),
        ShapeCase("-join $a", "(-join $a)"),
        ShapeCase("$a -join ','", "(-join $a ',')"),
        ShapeCase("$a -split ','", "(-split $a ',')"),
        ShapeCase("$a -csplit ','", "(-csplit $a ',')"),
        ShapeCase("$a -ireplace 'a','b'", "(-ireplace $a (, 'a' 'b'))"),
        ShapeCase("$a -is [int]", "(-is $a [int])"),
        ShapeCase("$a -isnot [string]", "(-isnot $a [string])"),
        ShapeCase("$a -as [int]", "(-as $a [int])"),
        ShapeCase("$a -in 1,2", "(-in $a (, 1 2))"),
        ShapeCase("$a -notin 1,2", "(-notin $a (, 1 2))"),
        ShapeCase("$a -contains 1", "(-contains $a 1)"),
        ShapeCase("$a -like 'x*'", "(-like $a 'x*')"),
        ShapeCase("$a -NotMatch 'x'", "(-notmatch $a 'x')"),
        ShapeCase("$a -CEQ 'x'", "(-ceq $a 'x')"),
        ShapeCase("$a -ile 3", "(-ile $a 3)"),
        ShapeCase("$a -xor $b", "(-xor $a $b)"),
        ShapeCase("-bnot 5", "(-bnot 5)"),
        ShapeCase("$a -bor 1 -bxor 2", "(-bxor (-bor $a 1) 2)"),
        ShapeCase("10 % 3 / 2", "(/ (% 10 3) 2)"),
        ShapeCase("1 +\n2", "(+ 1 2)"),
        ShapeCase("20 %\n6", "(% 20 6)"),
        ShapeCase("1 -eq\n2", "(-eq 1 2)"),
        ShapeCase("- 1", "(- 1)"),
        ShapeCase("-1", "-1"),
        ShapeCase("-$x", "(- $x)"),
        ShapeCase("+1", "1"),
        ShapeCase(",1", "(unary, 1)"),
        ShapeCase(",(1,2)", "(unary, (paren (, 1 2)))"),
        ShapeCase("1,2,3", "(, 1 2 3)"),
        ShapeCase("1,\n2", "(, 1 2)"),
        ShapeCase("$i++", "(post++ $i)"),
        ShapeCase("$i--", "(post-- $i)"),
        ShapeCase("++$i", "(++pre $i)"),
        ShapeCase("--$i", "(--pre $i)"),
    ]

    @Test(arguments: precedence)
    func operatorsFollowPowerShellPrecedence(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let primaries: [ShapeCase] = [
        ShapeCase("$null", "$null"),
        ShapeCase("$true", "$true"),
        ShapeCase("$false", "$false"),
        ShapeCase("$_", "$_"),
        ShapeCase("$?", "$?"),
        ShapeCase("$$", "$$"),
        ShapeCase("$^", "$^"),
        ShapeCase("${any name}", "$any name"),
        ShapeCase("${env:PATH}", "$env:PATH"),
        ShapeCase("$env:PATH", "$env:PATH"),
        ShapeCase("$global:defaultviservers", "$global:defaultviservers"),
        ShapeCase("$Script:Count", "$script:Count"),
        ShapeCase("42", "42"),
        ShapeCase("2147483647", "2147483647"),
        ShapeCase("2147483648", "2147483648L"),
        ShapeCase("99999999999999999999999", "1e+23D"),
        ShapeCase("0x10", "16"),
        ShapeCase("0xFFFFFFFF", "-1"),
        ShapeCase("0x100000000", "4294967296L"),
        ShapeCase("1kb", "1024"),
        ShapeCase("2MB", "2097152"),
        ShapeCase("1gb", "1073741824"),
        ShapeCase("1tb", "1099511627776L"),
        ShapeCase("1pb", "1125899906842624L"),
        ShapeCase("1.5", "1.5D"),
        ShapeCase(".5", "0.5D"),
        ShapeCase("1e3", "1000.0D"),
        ShapeCase("1.5e-2", "0.015D"),
        ShapeCase("1.5d", "1.5M"),
        ShapeCase("5l", "5L"),
        ShapeCase("1.5kb", "1536.0D"),
        ShapeCase("'it''s'", "'it's'"),
        ShapeCase("'$x `n'", "'$x `n'"),
        ShapeCase("\u{2018}smart\u{2019}", "'smart'"),
        ShapeCase("\"plain\"", "\"plain\""),
        ShapeCase("\"say \"\"hi\"\"\"", "\"say \"hi\"\""),
        ShapeCase("\"a`tb`n\"", "\"a\tb\n\""),
        ShapeCase("\"`0`a`b`e`f`r`v\"", "\"\u{0}\u{7}\u{8}\u{1B}\u{C}\r\u{B}\""),
        ShapeCase("\"`u{41}`u{1F600}\"", "\"A\u{1F600}\""),
        ShapeCase("\"fo`odbar\"", "\"foodbar\""),
        ShapeCase("\"`$i\"", "\"$i\""),
        ShapeCase("\"cost: $ 5\"", "\"cost: $ 5\""),
        ShapeCase("\"Hello $name!\"", "(str \"Hello \" $name \"!\")"),
        ShapeCase("\"$x.Prop\"", "(str $x \".Prop\")"),
        ShapeCase("\"$a[0]\"", "(str $a \"[0]\")"),
        ShapeCase("\"${HOME}:\"", "(str $HOME \":\")"),
        ShapeCase("\"$env:USER here\"", "(str $env:USER \" here\")"),
        ShapeCase("\"$($x.Prop) and $(1; 2)\"", "(str $((. $x Prop)) \" and \" $(1; 2))"),
        ShapeCase("\"$(\"inner $y\")\"", "(str $((str \"inner \" $y)))"),
        ShapeCase("\"$(')')\"", "(str $(')'))"),
        ShapeCase("@\"\nhello $name\n\"@", "(here \"hello \" $name)"),
        ShapeCase("@\"\nline1\nline2\n\"@", "@\"line1\nline2\"@"),
        ShapeCase("@\"\n\"quoted\" ok\n\"@", "@\"\"quoted\" ok\"@"),
        ShapeCase("@'\nliteral $x\n'@", "@'literal $x'@"),
        ShapeCase("@'\n'@", "@''@"),
        ShapeCase("@'\r\nwin\r\n'@", "@'win'@"),
        ShapeCase("@(1,2)", "@((, 1 2))"),
        ShapeCase("@()", "@()"),
        ShapeCase("$(1;2)", "$(1; 2)"),
        ShapeCase("(Get-Date)", "(paren (cmd Get-Date))"),
        ShapeCase("($x = 1)", "(paren (= $x 1))"),
        ShapeCase("(1 +\n 2)", "(paren (+ 1 2))"),
        ShapeCase("(\n1\n)", "(paren 1)"),
        ShapeCase("@{}", "@{}"),
        ShapeCase("@{ a = 1; 'b c' = 2 }", "@{a=1; 'b c'=2}"),
        ShapeCase("@{\n  a = 1\n  b = 2; c = 3\n}", "@{a=1; b=2; c=3}"),
        ShapeCase("@{ 1 = 'one'; $k = (2); \"x\" = 1,2 }", "@{1='one'; $k=(paren 2); \"x\"=(, 1 2)}"),
        ShapeCase("@{ a = Get-Date }", "@{a=(cmd Get-Date)}"),
        ShapeCase("@{ Name = 'n'; Expression = { $_.x } }", "@{Name='n'; Expression={(. $_ x)}}"),
        ShapeCase("{ $_ }", "{$_}"),
        ShapeCase("{ param($x) $x * 2 }", "{param($x) (* $x 2)}"),
        ShapeCase("{ begin { 1 } process { 2 } end { 3 } }", "{begin{1} process{2} end{3}}"),
        ShapeCase("[int]", "[int]"),
        ShapeCase("[int]$x", "([int] $x)"),
        ShapeCase("[int] $x", "([int] $x)"),
        ShapeCase("[int]-1", "([int] -1)"),
        ShapeCase("[int][string]$x", "([int] ([string] $x))"),
        ShapeCase("[string[]]$a", "([string[]] $a)"),
        ShapeCase("[int[,]]$a", "([int[,]] $a)"),
        ShapeCase("[ordered]@{a=1}", "([ordered] @{a=1})"),
        ShapeCase("[pscustomobject]@{ a = 1; \"b c\" = 2 }", "([pscustomobject] @{a=1; \"b c\"=2})"),
        ShapeCase("[System.Collections.Generic.List[string]]::new()", "(call:: [System.Collections.Generic.List[string]] new)"),
        ShapeCase("[System.Collections.Generic.Dictionary[string, int]]", "[System.Collections.Generic.Dictionary[string,int]]"),
        ShapeCase("[Math]::PI", "(:: [Math] PI)"),
        ShapeCase("[int]::MaxValue", "(:: [int] MaxValue)"),
        ShapeCase("[int]::Parse('1')", "(call:: [int] Parse '1')"),
        ShapeCase("[Math]::Max(1, 2)", "(call:: [Math] Max 1 2)"),
        ShapeCase("[int] -eq $x", "(-eq [int] $x)"),
    ]

    @Test(arguments: primaries)
    func primaryExpressionsParse(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let postfix: [ShapeCase] = [
        ShapeCase("$kp.Status", "(. $kp Status)"),
        ShapeCase("$cert.Certificate.ToString()", "(call (. $cert Certificate) ToString)"),
        ShapeCase("$x.'quoted name'", "(. $x quoted name)"),
        ShapeCase("$x.\"dq\"", "(. $x dq)"),
        ShapeCase("$x.$dyn", "(. $x $dyn)"),
        ShapeCase("$x.($a + 'b')", "(. $x (paren (+ $a 'b')))"),
        ShapeCase("$x.Replace('a', 'b')", "(call $x Replace 'a' 'b')"),
        ShapeCase("$x.M((1, 2), 3)", "(call $x M (paren (, 1 2)) 3)"),
        ShapeCase("$x.M(\n1,\n2\n)", "(call $x M 1 2)"),
        ShapeCase("$a[0]", "(idx $a 0)"),
        ShapeCase("$a[-1]", "(idx $a -1)"),
        ShapeCase("$a[0,2]", "(idx $a (, 0 2))"),
        ShapeCase("$a[1..3]", "(idx $a (.. 1 3))"),
        ShapeCase("$h['k']", "(idx $h 'k')"),
        ShapeCase("$a[0][1].b", "(. (idx (idx $a 0) 1) b)"),
        ShapeCase("$a.b[0].c()", "(call (idx (. $a b) 0) c)"),
        ShapeCase("@(1,2)[0]", "(idx @((, 1 2)) 0)"),
        ShapeCase("(1,2).Count", "(. (paren (, 1 2)) Count)"),
        ShapeCase("'abc'.Length", "(. 'abc' Length)"),
        ShapeCase("$x::Static", "(:: $x Static)"),
    ]

    @Test(arguments: postfix)
    func memberAccessCallsAndIndexing(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }

    static let assignments: [ShapeCase] = [
        ShapeCase("$x = 1", "(= $x 1)"),
        ShapeCase("$x += 1", "(+= $x 1)"),
        ShapeCase("$x -= 1", "(-= $x 1)"),
        ShapeCase("$x *= 2", "(*= $x 2)"),
        ShapeCase("$x /= 2", "(/= $x 2)"),
        ShapeCase("$x %= 2", "(%= $x 2)"),
        ShapeCase("$x ??= 5", "(??= $x 5)"),
        ShapeCase("$h.Key = 1", "(= (. $h Key) 1)"),
        ShapeCase("$a[0] = 2", "(= (idx $a 0) 2)"),
        ShapeCase("$a, $b = 1, 2, 3", "(= (, $a $b) (, 1 2 3))"),
        ShapeCase("[int]$x = '5'", "(= ([int] $x) '5')"),
        ShapeCase("$a = $b = 1", "(= $a (= $b 1))"),
        ShapeCase("$x =\n 1", "(= $x 1)"),
        ShapeCase("$x = Get-Foo | Select-Object -First 1", "(= $x (| (cmd Get-Foo) (cmd Select-Object -First 1)))"),
        ShapeCase("$x = if ($a) { 1 } else { 2 }", "(= $x (if ($a {1}) else {2}))"),
        ShapeCase("$x = foreach ($i in 1..2) { $i }", "(= $x (foreach $i (.. 1 2) {$i}))"),
        ShapeCase("$env:FOO = 'bar'", "(= $env:FOO 'bar')"),
        ShapeCase("$null = Get-Foo", "(= $null (cmd Get-Foo))"),
    ]

    @Test(arguments: assignments)
    func assignmentsTakeAStatementOnTheRight(_ c: ShapeCase) {
        #expect(rendered(c.source) == c.expected)
    }
}
