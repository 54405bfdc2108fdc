using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Conversations.Texts;

namespace Conversational.Bots.Channels.BotFramework;

/// <summary>
/// Handles one authenticated activity. A <c>message</c> in a private conversation goes to the engine (text, or the choice
/// a messageBack button carries in its value), with the activity's locale as the language hint; a
/// <c>conversationUpdate</c> that adds the bot is answered with a welcome and the help; in a group conversation the bot
/// only says it works in private (amounts are never shown to a group); a personal conversation that removes the bot
/// records that chat's opt-out; every other type is ignored. The identity's <see cref="ConversationReference"/> is kept
/// first (the outbox sends with it). A message is handled once per conversation and activity id by the engine's own
/// deduplication (its message id, <see cref="MessageId"/>), its replies queued with the turn's save; a redelivery runs
/// nothing and queues nothing again, and a person busy with another message gets a <see cref="TimeoutException"/> (503,
/// the Connector delivers it again). A welcome or a group note is not sent again when the reference it replaces was of the
/// same activity. While a slow step runs, the person sees "typing".
/// </summary>
public sealed partial class BotFrameworkActivities(
    ConversationEngine engine, IConversationStore store, IBotFrameworkState state, BotFrameworkConnector connector,
    ChatOptOuts optOuts, OutboxDispatcher outbox, TimeProvider time, ILogger<BotFrameworkActivities> logger)
{
    /// <summary>How long a turn runs before the person is shown "typing".</summary>
    public static readonly TimeSpan TypingAfter = TimeSpan.FromSeconds(1);

    private const int MaxChoice = 64;

    public async Task HandleAsync(BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case "message" when IsGroup(activity):
                await TellGroupAsync(activity, cancellationToken).ConfigureAwait(false);
                break;
            case "message" when Read(activity) is var (text, choice) && (text is not null || choice is not null):
                await OnMessageAsync(activity, text, choice, cancellationToken).ConfigureAwait(false);
                break;
            case "conversationUpdate" when activity.MembersAdded?.Any(m => m?.Id == activity.Recipient!.Id) == true:
                await (IsGroup(activity) ? TellGroupAsync(activity, cancellationToken) : WelcomeAsync(activity, cancellationToken))
                    .ConfigureAwait(false);
                break;
            case "conversationUpdate" or "installationUpdate" when !IsGroup(activity) && RemovesBot(activity):
                await optOuts.RecordAsync(Sender(activity), cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;   // typing, reactions, invokes, a message with neither text nor choice...: answered 200, nothing done
        }
    }

    /// <summary>
    /// The bot was removed from this conversation, as Teams tells it (MicrosoftDocs/msteams-docs,
    /// msteams-platform/bots/how-to/conversations/subscribe-to-conversation-events.md: "Team members removed", the bot's
    /// id among <c>membersRemoved</c>; "Installation update event", <c>action</c> "remove", or "remove-upgrade" when an
    /// upgrade removes the bot). After that, Teams answers 403 to what the bot sends ("Uninstall behavior for personal app
    /// with bot"), which <see cref="BotFrameworkSender"/> records too.
    /// </summary>
    internal static bool RemovesBot(BotFrameworkActivity activity) => activity.Type switch
    {
        "conversationUpdate" => activity.MembersRemoved?.Any(m => m?.Id == activity.Recipient!.Id) == true,
        "installationUpdate" => activity.Action is "remove" or "remove-upgrade",
        _ => false,
    };

    /// <summary>What the engine is given: the choice a messageBack button carries ({"choice": "..."}), else the text.</summary>
    internal static (string? Text, string? Choice) Read(BotFrameworkActivity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("choice", out var choice) && choice.ValueKind == JsonValueKind.String
            && choice.GetString() is { Length: > 0 and <= MaxChoice } chosen)
        {
            return (null, chosen);
        }
        return (string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text.Trim(), null);
    }

    /// <summary>
    /// The message id given to the engine: a hash of the conversation and the activity id (Direct Line ids hold '|', which
    /// a transfer id may not), the same for every redelivery.
    /// </summary>
    internal static string MessageId(BotFrameworkActivity activity) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(activity.Conversation!.Id + "\n" + activity.Id)), 0, 16)
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task OnMessageAsync(BotFrameworkActivity activity, string? text, string? choice, CancellationToken cancellationToken)
    {
        var sender = Sender(activity);
        var reference = Reference(activity);
        await state.RememberReferenceAsync(sender.Key, reference, cancellationToken).ConfigureAwait(false);
        var message = new InboundMessage(sender, MessageId(activity), text, choice, activity.Locale, time.GetUtcNow(), activity.From!.Name);
        // Every reply goes through the outbox, queued by the engine in the same atomic step as the turn's save: a replay
        // (the same activity delivered again) was queued at its first handling and is not queued again.
        var route = new ReplyRoute(sender, static _ => false);
        var handled = await WithTypingAsync(reference, ct => engine.HandleAsync(message, person: null, route, ct), cancellationToken)
            .ConfigureAwait(false);
        switch (handled.Outcome)
        {
            case HandlingOutcome.Busy:
                throw new TimeoutException("The person stayed busy with another message.");
            case HandlingOutcome.Failed:
                // Nothing was saved, so nothing was queued: the reply saying so is.
                foreach (var reply in handled.Replies)
                {
                    await store.EnqueueAsync(sender, reply, cancellationToken).ConfigureAwait(false);
                }
                break;
            default:
                break;
        }
        outbox.Nudge();
    }

    private async Task WelcomeAsync(BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        var sender = Sender(activity);
        // Adding the bot again after removing it asks to hear from it again, as "start" would. Before the activity is
        // remembered, so that a delivery failing here (503) is done again in full when the Connector sends it again.
        if (!await optOuts.LiftAsync(sender, cancellationToken).ConfigureAwait(false)
            && await optOuts.IsOptedOutAsync(sender, cancellationToken).ConfigureAwait(false))
        {
            throw new TimeoutException("The chat's opt-out could not be lifted; the Connector will deliver the activity again.");
        }
        if (!await RememberAsync(sender, activity, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var texts = ReplyTexts.For(activity.Locale);
        var name = activity.From!.Name;
        var welcome = string.IsNullOrWhiteSpace(name) ? texts.Help(null) : texts.Welcome(name);
        await store.EnqueueAsync(sender, OutboundReply.Plain(welcome), cancellationToken).ConfigureAwait(false);
        outbox.Nudge();
    }

    /// <summary>A group is told, once per activity, that the bot works in private; nothing of the person is read or shown.</summary>
    private async Task TellGroupAsync(BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        var group = new ChannelIdentity(BotFrameworkOptions.ChannelOf(activity.ChannelId!), activity.Conversation!.Id!);
        if (!await RememberAsync(group, activity, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        await store.EnqueueAsync(group, OutboundReply.Plain(BotFrameworkTexts.For(activity.Locale).PrivateOnly), cancellationToken)
            .ConfigureAwait(false);
        outbox.Nudge();
    }

    /// <summary>
    /// Keeps the activity's reference for this identity; false when the one it replaced was of this same activity (a
    /// redelivery: what it says was queued already). Not a log of every activity: once another activity of the identity
    /// came in between, a late redelivery is answered again.
    /// </summary>
    private async Task<bool> RememberAsync(ChannelIdentity identity, BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        var previous = await state.RememberReferenceAsync(identity.Key, Reference(activity), cancellationToken).ConfigureAwait(false);
        return previous is null
            || !string.Equals(previous.ActivityId, activity.Id, StringComparison.Ordinal)
            || !string.Equals(previous.ConversationId, activity.Conversation!.Id, StringComparison.Ordinal);
    }

    /// <summary>Runs the turn; when it takes longer than <see cref="TypingAfter"/>, sends "typing" once (best effort).</summary>
    private async Task<T> WithTypingAsync<T>(ConversationReference reference, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var turn = work(cancellationToken);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = Task.Delay(TypingAfter, time, done.Token);
        if (await Task.WhenAny(turn, wait).ConfigureAwait(false) == wait && wait.IsCompletedSuccessfully)
        {
            var typing = await connector.SendAsync(reference, BotFrameworkRenderer.Typing(reference), cancellationToken).ConfigureAwait(false);
            if (typing.Outcome != DeliveryOutcome.Sent)
            {
                LogTypingNotSent(typing.Reason);
            }
        }
        await done.CancelAsync().ConfigureAwait(false);
        return await turn.ConfigureAwait(false);
    }

    internal static bool IsGroup(BotFrameworkActivity activity) =>
        activity.Conversation?.IsGroup == true || activity.Conversation?.ConversationType is "groupChat" or "channel";

    private static ChannelIdentity Sender(BotFrameworkActivity activity) =>
        new(BotFrameworkOptions.ChannelOf(activity.ChannelId!), activity.From!.Id!);

    private static ConversationReference Reference(BotFrameworkActivity activity) => new(
        activity.ServiceUrl!, activity.Conversation!.Id!, activity.Recipient!.Id!, activity.Recipient.Name, activity.From!.Id!, activity.Id,
        activity.Locale);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The typing indicator was not sent: {Reason}")]
    private partial void LogTypingNotSent(string? reason);
}
