using System.Globalization;
using System.Reflection;
using Conversational.Bots.Conversations.Texts;
using Conversational.Commands;
using Conversational.Wallet;

namespace Conversational.Bots.Tests.Texts;

/// <summary>One sentence a language produced, with the member and arguments that produced it (for failure messages).</summary>
public sealed record ReplySample(string Member, string Arguments, string Text)
{
    public override string ToString() => $"{Member}({Arguments}) => \"{Text}\"";
}

/// <summary>
/// Calls every public member of <see cref="ReplyTexts"/> by reflection, with every sample value of each parameter
/// (counts 0, 1, 2, 3, 11, 100..., each account and movement kind, empty and long lists), so a member added to
/// <see cref="ReplyTexts"/> is checked in every language without touching the tests; a parameter type with no
/// samples fails loudly.
/// </summary>
internal static class ReplySamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 30, 0, TimeSpan.Zero);

    public static readonly long[] Counts = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000, 1000000];

    private static readonly Money[] Amounts =
    [
        new(500, Currency.Eur), new(123456789, Currency.Eur), new(50, Currency.Of("USD")),
        new(1500, Currency.Of("JPY")), new(12345, Currency.Of("TND")), new(0, Currency.Eur),
    ];

    /// <summary>Names as the conversations give them: no digits, so digit checks see only what the texts wrote.</summary>
    private static readonly string[] Names = ["Bob (@bob)", "@carol", "Élise (@elise)", "Restos du Cœur (@restosducoeur)"];

    public static IEnumerable<MemberInfo> Members =>
        typeof(ReplyTexts).GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m is PropertyInfo { PropertyType: var t } ? t == typeof(string)
                : m is MethodInfo { IsSpecialName: false });

    public static IReadOnlyList<ReplySample> Of(ReplyTexts texts) => [.. Members.SelectMany(m => Of(texts, m))];

    private static IEnumerable<ReplySample> Of(ReplyTexts texts, MemberInfo member)
    {
        if (member is PropertyInfo property)
        {
            yield return new ReplySample(member.Name, "", (string)property.GetValue(texts)!);
            yield break;
        }
        var method = (MethodInfo)member;
        if (method.ReturnType != typeof(string))
        {
            throw new InvalidOperationException($"ReplyTexts.{method.Name} returns {method.ReturnType.Name}, not a sentence.");
        }
        var values = method.GetParameters().Select(p => ValuesFor(p, texts)).ToArray();
        var rounds = values.Length == 0 ? 1 : values.Max(v => v.Length);
        for (var round = 0; round < rounds; round++)
        {
            var arguments = values.Select(v => v[round % v.Length]).ToArray();
            var text = (string)method.Invoke(texts, arguments)!;
            yield return new ReplySample(method.Name, string.Join(", ", arguments.Select(Show)), text);
        }
    }

    private static object?[] ValuesFor(ParameterInfo parameter, ReplyTexts texts)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return parameter.Name switch
            {
                "handle" => ["bob", "restosducoeur"],
                "until" => [texts.FormatDate(Now.AddDays(7), Now), texts.FormatDate(At(2027, 1, 1), Now)],
                "reason" => [Reason(texts)],
                _ => Names,
            };
        }
        if (type == typeof(int))
        {
            return [.. Counts.Select(c => (object?)(int)c)];
        }
        if (type == typeof(long))
        {
            return [.. Counts.Select(c => (object?)c).Append(-5L).Append(1234567L)];
        }
        if (type == typeof(bool))
        {
            return [true, false];
        }
        if (type == typeof(Money))
        {
            return [.. Amounts.Cast<object?>()];
        }
        if (type == typeof(DateTimeOffset))
        {
            return parameter.Name == "now"
                ? [Now, At(2027, 2, 1)]
                : [Now, At(2026, 12, 1), At(2025, 8, 3)];
        }
        if (type == typeof(AccountKind))
        {
            return [.. Enum.GetValues<AccountKind>().Cast<object?>()];
        }
        if (type == typeof(CommandKind?))
        {
            return [null, .. Enum.GetValues<CommandKind>().Cast<object?>()];
        }
        if (type == typeof(HistoryEntry))
        {
            return [.. HistoryEntries()];
        }
        if (type == typeof(PendingState?))
        {
            return [null, .. Enum.GetValues<PendingState>().Cast<object?>()];
        }
        if (type == typeof(MonthlySpending))
        {
            return
            [
                new MonthlySpending(2026, 11, Eur(500), Eur(1000), Eur(0), Eur(0)),
                new MonthlySpending(2025, 8, Eur(123456), Eur(0), Eur(2000), Eur(300)),
                new MonthlySpending(2026, 1, Eur(0), Eur(0), Eur(0), Eur(0)),
            ];
        }
        if (type == typeof(IReadOnlyList<(string Sender, Money Amount)>))
        {
            return [.. Enumerable.Range(0, 4)
                .Select(n => (object?)Names.Take(n).Select((name, i) => (name, Amounts[i])).ToList())];
        }
        if (type == typeof(IReadOnlyList<(Money Available, Money Held)>))
        {
            return
            [
                new List<(Money, Money)>(),
                new List<(Money, Money)> { (Eur(9500), Eur(0)) },
                new List<(Money, Money)> { (Eur(9500), Eur(1000)) },
                new List<(Money, Money)> { (Eur(9500), Eur(0)), (Amounts[2], Amounts[2]) },
            ];
        }
        throw new InvalidOperationException(
            $"No sample values for parameter '{parameter.Name}' ({type}) of ReplyTexts.{parameter.Member.Name}: add some here.");
    }

    /// <summary>Every movement kind, from both sides, plus the lines whose balance does not move (holds, phone bill).</summary>
    private static IEnumerable<HistoryEntry> HistoryEntries()
    {
        var dates = new[] { Now, At(2026, 3, 1), At(2025, 12, 31) };
        var i = 0;
        foreach (var kind in Enum.GetValues<MovementKind>())
        {
            foreach (var minor in new long[] { -500, 1250 })
            {
                yield return Entry(kind, Eur(minor), Eur(0), Eur(0), dates[i++ % dates.Length]);
            }
        }
        yield return Entry(MovementKind.HoldAuthorize, Eur(0), Eur(1000), Eur(0), Now);
        yield return Entry(MovementKind.CarrierPurchase, Eur(0), Eur(0), Eur(300), Now);
        yield return Entry(MovementKind.CarrierDonation, Eur(0), Eur(0), Eur(-300), Now);
    }

    private static HistoryEntry Entry(MovementKind kind, Money amount, Money held, Money phoneBill, DateTimeOffset at) =>
        new(new TransferId("telegram:bot:42:send"), kind, AccountId.Person("bob"), amount, held, Eur(0), phoneBill,
            "@carol", at);

    /// <summary>A wallet refusal in the language of the texts, as the engine appends it to "did not go through".</summary>
    private static string Reason(ReplyTexts texts) =>
        RejectionMessages.Describe(new Rejection(RejectionReason.InsufficientFunds) { Available = Eur(1200) }, texts.Tag);

    private static Money Eur(long minor) => new(minor, Currency.Eur);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 8, 0, 0, TimeSpan.Zero);

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(Show))}]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
