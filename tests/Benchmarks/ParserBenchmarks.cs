using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Conversational.Bots.Phones;
using Conversational.Commands;

namespace Conversational.Benchmarks;

/// <summary>
/// Parse throughput and allocations for typical messages. The baseline is what a naive bot does for the
/// same send message: one compiled regular expression and two captured strings, measured in the same run.
/// </summary>
[MemoryDiagnoser]
public partial class ParserBenchmarks
{
    private readonly ParseContext _context = new(new LibPhoneNumberReader());

    [GeneratedRegex(@"^#send (\d+)EUR @(\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NaiveSend();

    [Benchmark(Baseline = true, Description = "naive regex: #send 50EUR @lea")]
    public (string, string)? RegexSend()
    {
        var match = NaiveSend().Match("#send 50EUR @lea");
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value) : null;
    }

    [Benchmark(Description = "#send 50EUR @lea")]
    public ParseResult Send() => CommandParser.Parse("#send 50EUR @lea", _context);

    [Benchmark(Description = "#envoyer 1 000,50 € à @lea")]
    public ParseResult SendFrench() => CommandParser.Parse("#envoyer 1 000,50 € à @lea", _context);

    [Benchmark(Description = "ارسل ٥٠ يورو إلى @lea")]
    public ParseResult SendArabic() => CommandParser.Parse("ارسل ٥٠ يورو إلى @lea", _context);

    [Benchmark(Description = "#send 5 EUR +33 6 12 34 56 78")]
    public ParseResult SendToPhone() => CommandParser.Parse("#send 5 EUR +33 6 12 34 56 78", _context);

    [Benchmark(Description = "#buy GAME42")]
    public ParseResult Buy() => CommandParser.Parse("#buy GAME42", _context);

    [Benchmark(Description = "solde")]
    public ParseResult Balance() => CommandParser.Parse("solde", _context);

    [Benchmark(Description = "where is my order?")]
    public ParseResult Question() => CommandParser.Parse("where is my order?", _context);

    [Benchmark(Description = "#send 5.555 EUR @lea (error)")]
    public ParseResult Error() => CommandParser.Parse("#send 5.555 EUR @lea", _context);
}
