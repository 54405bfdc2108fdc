using System.CommandLine;
using System.Globalization;
using Conversational.Bots.Chat;
using Conversational.Bots.Conversations;
using Conversational.Bots.Hosting;

namespace Conversational.Bots.Cli;

/// <summary>
/// <c>chat --as alice</c>: talk to the conversation engine from a terminal, as the web chat person "alice"; or
/// <c>chat --phone +33612345678 [--to 81234]</c>: as that phone number texting by SMS (to a short code, which buys
/// by keyword on the phone bill). It runs the engine in this process over the configured stores (memory, or the Redis a
/// running service shares), loads the demo data in Development, and shows choices as a numbered list: type the number
/// to press one.
/// </summary>
internal static class ChatVerb
{
    public static System.CommandLine.Command Create()
    {
        var who = new Option<string>("--as") { Description = "Who you are in the web chat (2 to 32 letters, digits or _)." };
        var phone = new Option<string>("--phone") { Description = "Chat as this phone number by SMS instead (+33612345678)." };
        var to = new Option<string>("--to") { Description = "With --phone: the number or 5-digit short code the messages are sent to (81234)." };
        var verb = new System.CommandLine.Command("chat", "Chat with the bot in the terminal.") { who, phone, to };
        verb.TreatUnmatchedTokensAsErrors = false;
        verb.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(who);
            var number = result.GetValue(phone);
            if ((name is null) == (number is null) || (name is not null && !ChatEndpoints.IsValidName(name)))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync(
                    "Say who you are: --as NAME (2 to 32 letters, digits or _), or --phone +33612345678 for SMS.");
                return 2;
            }
            await using var app = BotsHost.Build([.. result.UnmatchedTokens]);
            ChannelIdentity identity;
            if (number is not null)
            {
                var context = app.Services.GetRequiredService<Commands.ParseContext>();
                if (!context.PhoneNumbers.TryReadE164(number, context.DefaultRegion, out var e164))
                {
                    await result.InvocationConfiguration.Error.WriteLineAsync("--phone must be a valid phone number, such as +33612345678.");
                    return 2;
                }
                identity = new ChannelIdentity("sms", e164);
            }
            else
            {
                identity = new ChannelIdentity(ChannelIdentity.WebChannel, name!.ToLowerInvariant());
            }
            foreach (var demo in app.Services.GetServices<IHostedService>().OfType<DemoData>())
            {
                await demo.StartAsync(cancellationToken);
            }
            var engine = app.Services.GetRequiredService<ConversationEngine>();
            await RunAsync(engine, identity, result.GetValue(to), Console.In, result.InvocationConfiguration.Output, TimeProvider.System,
                cancellationToken);
            return 0;
        });
        return verb;
    }

    public static async Task RunAsync(
        ConversationEngine engine, ChannelIdentity identity, string? to, TextReader input, TextWriter output, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        IReadOnlyList<ReplyChoice> choices = [];
        var you = identity.Handle is { } handle ? "@" + handle : identity.SenderId + " (SMS" + (to is null ? ")" : " to " + to + ")");
        await output.WriteLineAsync($"You are {you}. Type a message (HELP to start), a number to pick a choice, or an empty line to quit.");
        while (true)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (string.IsNullOrWhiteSpace(line))
            {
                return;
            }
            var picked = int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= choices.Count
                ? choices[n - 1] : null;
            var message = new InboundMessage(identity, Guid.NewGuid().ToString("N"), picked is null ? line : null, picked?.Value, null,
                time.GetUtcNow(), identity.Handle ?? identity.SenderId, to);
            var replies = await engine.HandleAsync(message, cancellationToken);
            replies = [.. replies, .. await engine.Services.Store.DequeueAllAsync(identity, cancellationToken)];
            choices = [];
            foreach (var reply in replies)
            {
                await output.WriteLineAsync(reply.Text);
                if (reply.Choices.Count > 0)
                {
                    choices = reply.Choices;
                    await output.WriteLineAsync(string.Join("   ", choices.Select((c, i) => $"{i + 1}) {c.Label}")));
                }
            }
        }
    }
}
