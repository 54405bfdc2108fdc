using System.CommandLine;
using System.Globalization;
using Conversational.Bots.Chat;
using Conversational.Bots.Conversations;
using Conversational.Bots.Hosting;

namespace Conversational.Bots.Cli;

/// <summary>
/// <c>chat --as alice</c>: talk to the conversation engine from a terminal, as the web chat person "alice". It runs
/// the engine in this process over the configured stores (memory, or the Redis a running service shares), loads
/// the demo data in Development, and shows choices as a numbered list: type the number to press one.
/// </summary>
internal static class ChatVerb
{
    public static System.CommandLine.Command Create()
    {
        var who = new Option<string>("--as") { Description = "Who you are in the chat (2 to 32 letters, digits or _).", Required = true };
        var verb = new System.CommandLine.Command("chat", "Chat with the bot in the terminal.") { who };
        verb.TreatUnmatchedTokensAsErrors = false;
        verb.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(who)!;
            if (!ChatEndpoints.IsValidName(name))
            {
                await result.InvocationConfiguration.Error.WriteLineAsync("--as must be 2 to 32 letters, digits or _.");
                return 2;
            }
            await using var app = BotsHost.Build([.. result.UnmatchedTokens]);
            foreach (var demo in app.Services.GetServices<IHostedService>().OfType<DemoData>())
            {
                await demo.StartAsync(cancellationToken);
            }
            var engine = app.Services.GetRequiredService<ConversationEngine>();
            await RunAsync(engine, name.ToLowerInvariant(), Console.In, result.InvocationConfiguration.Output, TimeProvider.System, cancellationToken);
            return 0;
        });
        return verb;
    }

    public static async Task RunAsync(
        ConversationEngine engine, string name, TextReader input, TextWriter output, TimeProvider time, CancellationToken cancellationToken)
    {
        var identity = new ChannelIdentity(ChannelIdentity.WebChannel, name);
        IReadOnlyList<ReplyChoice> choices = [];
        await output.WriteLineAsync($"You are @{name}. Type a message (HELP to start), a number to pick a choice, or an empty line to quit.");
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
                time.GetUtcNow(), name);
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
