using Conversational.Bots.Conversations;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>
/// Runs a scripted exchange and checks every answer exactly. One line per step:
/// <c>alice: #send 5EUR @bob</c> (alice writes), <c>alice: [Confirm]</c> (alice presses a button),
/// <c>bot: Send €5.00 to Bob (@bob)? [Confirm|Cancel]</c> (the next reply, with its buttons),
/// <c>bob gets: Alice (@alice) sent you €5.00.</c> (a message the service sent bob on its own; <c>bob gets nothing</c>),
/// <c>bot: ?</c> (a reply not written yet: the test fails listing them all, to be read and pasted), <c>wait 11m</c> (time passes),
/// <c>timers</c> (the due cart timers fire), <c>shop demoshop: shipped</c> (the merchant moves its latest order),
/// <c>advisor demoshop Marie: text</c> (an advisor of that desk answers its oldest open case),
/// <c>+33612345678@81234: GAME42</c> (an SMS from that number to that short code; <c>+336…: text</c> without one),
/// <c>= alice 95.00 bob 105.00</c> (EUR balances), and <c>#</c> comments.
/// Every reply must be expected: a reply the script does not list fails the test. Multi-line replies are written
/// on one line joined by " / ", and no-break spaces as plain spaces. To write a new script: put <c>bot: ?</c> for each
/// reply, save a run's output (<c>dotnet test ... --filter "FullyQualifiedName~Class&amp;DisplayName~InMemory" &gt; out.txt</c>) and
/// let <c>python3 tests/Bots.Tests/Conversations/fill-transcripts.py File.cs out.txt</c> fill them in, then read every reply.
/// </summary>
public static class Transcript
{
    public static async Task RunAsync(ChatHarness chat, string script)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(script);
        var pending = new Queue<OutboundReply>();
        var unwritten = new List<string>();
        var lineNumber = 0;
        foreach (var raw in script.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var where = $"line {lineNumber}: {line}";
            if (line.StartsWith("bot:", StringComparison.Ordinal))
            {
                Assert.True(pending.Count > 0, $"{where}: the bot said nothing more.");
                if (line[4..].Trim() == "?")
                {
                    unwritten.Add(Describe(pending.Dequeue()));
                    continue;
                }
                AssertReply(line[4..].Trim(), pending.Dequeue(), where);
                continue;
            }
            if (unwritten.Count > 0)
            {
                // While replies are being written, the ones the script does not list yet are listed too.
                unwritten.AddRange(pending.Select(r => "(more) " + Describe(r)));
                pending.Clear();
            }
            AssertNoneLeft(pending, where);
            if (line.StartsWith("= ", StringComparison.Ordinal))
            {
                var parts = line[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + 1 < parts.Length; i += 2)
                {
                    var expected = (long)Math.Round(decimal.Parse(parts[i + 1], System.Globalization.CultureInfo.InvariantCulture) * 100);
                    Assert.True(expected == await chat.BalanceAsync(parts[i]), $"{where}: @{parts[i]} has {await chat.BalanceAsync(parts[i])} cents.");
                }
                continue;
            }
            if (line.StartsWith("wait ", StringComparison.Ordinal))
            {
                chat.Time.Advance(ParseDuration(line[5..].Trim()));
                continue;
            }
            if (line == "timers")
            {
                await chat.RunCartTimersAsync();
                continue;
            }
            if (line.EndsWith(" gets nothing", StringComparison.Ordinal))
            {
                var outbox = await chat.OutboxAsync(line[..^" gets nothing".Length]);
                Assert.True(outbox.Count == 0, $"{where}: got {string.Join(" | ", outbox.Select(r => r.Text))}");
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(colon > 0, $"{where}: not a step.");
            var who = line[..colon].Trim();
            var said = line[(colon + 1)..].Trim();
            if (who.StartsWith("advisor ", StringComparison.Ordinal))
            {
                var parts = who.Split(' ', 3);
                var problem = await chat.AdvisorRepliesAsync(parts[1], parts[2], said);
                Assert.True(problem is null, $"{where}: {problem}");
                continue;
            }
            if (who.StartsWith("shop ", StringComparison.Ordinal))
            {
                var change = await chat.MoveLatestOrderAsync(who[5..].Trim(), said);
                Assert.True(change is null, $"{where}: {change}");
                continue;
            }
            if (who.EndsWith(" gets", StringComparison.Ordinal))
            {
                var outbox = await chat.OutboxAsync(who[..^5]);
                if (said == "?")
                {
                    unwritten.AddRange(outbox.Count == 0 ? ["(none)"] : outbox.Select(Describe));
                    continue;
                }
                Assert.True(outbox.Count == 1, $"{where}: {who[..^5]} got {outbox.Count} messages: {string.Join(" | ", outbox.Select(r => r.Text))}");
                AssertReply(said, outbox[0], where);
                continue;
            }
            var to = who.StartsWith('+') && who.Contains('@', StringComparison.Ordinal) ? who[(who.IndexOf('@', StringComparison.Ordinal) + 1)..] : null;
            who = to is null ? who : who[..who.IndexOf('@', StringComparison.Ordinal)];
            var pressed = said.StartsWith('[') && said.EndsWith(']');
            var replies = who.StartsWith('+')
                ? pressed ? await chat.PressOnPhoneAsync(who, said[1..^1]) : await chat.TextAsync(who, said, to)
                : pressed ? await chat.PressAsync(who, said[1..^1]) : await chat.SayAsync(who, said);
            foreach (var reply in replies)
            {
                pending.Enqueue(reply);
            }
        }
        if (unwritten.Count > 0)
        {
            unwritten.AddRange(pending.Select(r => "(more) " + Describe(r)));
            pending.Clear();
        }
        AssertNoneLeft(pending, "end of the script");
        Assert.True(unwritten.Count == 0, "Write these replies where the script has \"?\":" + Environment.NewLine + string.Join(Environment.NewLine, unwritten));
        await chat.CheckInvariantsAsync();
    }

    private static string Describe(OutboundReply reply) =>
        Flatten(reply.Text) + (reply.Choices.Count > 0 ? $" [{string.Join('|', reply.Choices.Select(c => c.Label))}]" : "");

    private static void AssertReply(string expected, OutboundReply actual, string where)
    {
        var choices = "";
        if (expected.EndsWith(']') && expected.LastIndexOf(" [", StringComparison.Ordinal) is var open and > 0)
        {
            choices = expected[(open + 2)..^1];
            expected = expected[..open];
        }
        var text = Flatten(actual.Text);
        Assert.True(expected == text, $"{where}{Environment.NewLine}expected: {expected}{Environment.NewLine}actual:   {text}");
        Assert.True(choices == string.Join('|', actual.Choices.Select(c => c.Label)),
            $"{where}: buttons were [{string.Join('|', actual.Choices.Select(c => c.Label))}]");
    }

    /// <summary>Lines joined with " / ", and French typography's no-break spaces read as spaces (the texts' own tests pin them).</summary>
    private static string Flatten(string text) =>
        text.Replace("\n", " / ", StringComparison.Ordinal).Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static void AssertNoneLeft(Queue<OutboundReply> pending, string where) =>
        Assert.True(pending.Count == 0, $"before {where}: unexpected replies: {string.Join(" | ", pending.Select(r => r.Text))}");

    private static TimeSpan ParseDuration(string text) => text[^1] switch
    {
        'm' => TimeSpan.FromMinutes(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        'h' => TimeSpan.FromHours(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        'd' => TimeSpan.FromDays(int.Parse(text[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"Durations end in m, h or d: {text}"),
    };
}
