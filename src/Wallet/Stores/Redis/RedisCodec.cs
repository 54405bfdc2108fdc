using System.Globalization;

namespace Conversational.Wallet;

/// <summary>
/// Reads back what the scripts write: outcomes, statement lines and journal entries, '|'-separated (ids, account
/// names and claim keys never contain '|'). Enums are stored by name, times as UTC ticks, amounts as integers of
/// minor units. The formats are in docs/redis-keys.md.
/// </summary>
internal static class RedisCodec
{
    private const char Separator = '|';

    /// <summary>An outcome: <c>C|kind|from|to|currency|amount|fee|at|expires|spent|cap|warning|blocked</c> for a
    /// receipt, <c>R|reason|currency|limit|used|available|tier|account|at</c> for a rejection.</summary>
    public static MovementResult Outcome(TransferId id, string text)
    {
        var f = text.Split(Separator);
        if (f[0] == "R" && f.Length == 9)
        {
            var currency = f[2].Length > 0 ? Currency.Of(f[2]) : default;
            return MovementResult.Rejected(id, new Rejection(Enum.Parse<RejectionReason>(f[1]))
            {
                Limit = OptionalMoney(f[3], currency),
                Used = OptionalMoney(f[4], currency),
                Available = OptionalMoney(f[5], currency),
                Tier = f[6].Length > 0 ? Enum.Parse<IdentityTier>(f[6]) : null,
                Account = f[7].Length > 0 ? AccountId.Parse(f[7]) : null,
                At = f[8].Length > 0 ? Time(f[8]) : null,
            });
        }
        if (f[0] == "C" && f.Length == 13)
        {
            var currency = Currency.Of(f[4]);
            return MovementResult.Completed(new Receipt(
                id, Enum.Parse<MovementKind>(f[1]), AccountId.Parse(f[2]), AccountId.Parse(f[3]),
                new Money(Integer(f[5]), currency), new Money(Integer(f[6]), currency), Time(f[7]))
            {
                ExpiresAt = f[8].Length > 0 ? Time(f[8]) : null,
                Carrier = f[9].Length > 0
                    ? new CarrierUsage(new Money(Integer(f[9]), currency), new Money(Integer(f[10]), currency), f[11] == "1", f[12] == "1")
                    : null,
            });
        }
        throw new FormatException($"Not a stored movement outcome: '{text}'.");
    }

    /// <summary>A statement line: <c>id|kind|counterparty|currency|amount|held|fee|phone bill|reference|at</c>.</summary>
    public static HistoryEntry History(string text)
    {
        var f = text.Split(Separator);
        if (f.Length != 10)
        {
            throw new FormatException($"Not a stored statement line: '{text}'.");
        }
        var currency = Currency.Of(f[3]);
        return new HistoryEntry(
            new TransferId(f[0]), Enum.Parse<MovementKind>(f[1]), AccountId.Parse(f[2]),
            new Money(Integer(f[4]), currency), new Money(Integer(f[5]), currency), new Money(Integer(f[6]), currency),
            new Money(Integer(f[7]), currency), f[8].Length > 0 ? f[8] : null, Time(f[9]));
    }

    /// <summary>A journal entry: <c>id|kind</c>, then <c>account|currency|posted|held|incoming</c> per posting.</summary>
    public static JournalEntry Journal(string text)
    {
        var f = text.Split(Separator);
        if (f.Length < 2 || (f.Length - 2) % 5 != 0)
        {
            throw new FormatException($"Not a stored journal entry: '{text}'.");
        }
        var postings = new Posting[(f.Length - 2) / 5];
        for (var i = 0; i < postings.Length; i++)
        {
            var p = 2 + i * 5;
            postings[i] = new Posting(AccountId.Parse(f[p]), Currency.Of(f[p + 1]), Integer(f[p + 2]), Integer(f[p + 3]), Integer(f[p + 4]));
        }
        return new JournalEntry(new TransferId(f[0]), Enum.Parse<MovementKind>(f[1]), postings);
    }

    /// <summary>A moment as stored: UTC ticks.</summary>
    public static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string ticks) => new(Integer(ticks), TimeSpan.Zero);

    /// <summary>The score of the pending indexes: milliseconds since 0001-01-01 UTC (exact in a double).</summary>
    public static long Milliseconds(DateTimeOffset at) => at.UtcTicks / TimeSpan.TicksPerMillisecond;

    public static long Integer(string text) => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static Money? OptionalMoney(string text, Currency currency) => text.Length > 0 ? new Money(Integer(text), currency) : null;
}
