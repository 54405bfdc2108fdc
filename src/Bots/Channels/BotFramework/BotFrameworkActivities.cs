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
/// only says it works in private (amounts are never shown to a group); every other type is ignored. Each activity is
/// handled once per channel, conversation and id: under a lock on that key, a handled one is skipped, else the
/// identity's <see cref="ConversationReference"/> is kept, its replies are queued for the outbox, and it is marked
/// handled. While a slow step runs, the person sees "typing".
/// </summary>
public sealed partial class BotFrameworkActivities(
    ConversationEngine engine, IConversationStore store, IBotFrameworkState state, BotFrameworkConnector connector,
    OutboxDispatcher outbox, TimeProvider time, ILogger<BotFrameworkActivities> logger)
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
                await OnceAsync(activity, ct => TellGroupAsync(activity, ct), cancellationToken).ConfigureAwait(false);
                break;
            case "message" when Read(activity) is var (text, choice) && (text is not null || choice is not null):
                await OnceAsync(activity, ct => OnMessageAsync(activity, text, choice, ct), cancellationToken).ConfigureAwait(false);
                break;
            case "conversationUpdate" when activity.MembersAdded?.Any(m => m?.Id == activity.Recipient!.Id) == true:
                await OnceAsync(activity, ct => IsGroup(activity) ? TellGroupAsync(activity, ct) : WelcomeAsync(activity, ct), cancellationToken)
                    .ConfigureAwait(false);
                break;
            default:
                break;   // typing, reactions, invokes, a message with neither text nor choice...: answered 200, nothing done
        }
    }

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
        var replies = await WithTypingAsync(reference, ct => engine.HandleAsync(message, ct), cancellationToken).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            await store.EnqueueAsync(sender, reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WelcomeAsync(BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        var sender = Sender(activity);
        await state.RememberReferenceAsync(sender.Key, Reference(activity), cancellationToken).ConfigureAwait(false);
        var texts = ReplyTexts.For(activity.Locale);
        var name = activity.From!.Name;
        var welcome = string.IsNullOrWhiteSpace(name) ? texts.Help(null) : texts.Welcome(name);
        await store.EnqueueAsync(sender, OutboundReply.Plain(welcome), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A group is told, once per activity, that the bot works in private; nothing of the person is read or shown.</summary>
    private async Task TellGroupAsync(BotFrameworkActivity activity, CancellationToken cancellationToken)
    {
        var group = new ChannelIdentity(BotFrameworkOptions.ChannelOf(activity.ChannelId!), activity.Conversation!.Id!);
        await state.RememberReferenceAsync(group.Key, Reference(activity), cancellationToken).ConfigureAwait(false);
        await store.EnqueueAsync(group, OutboundReply.Plain(BotFrameworkTexts.For(activity.Locale).PrivateOnly), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task OnceAsync(BotFrameworkActivity activity, Func<CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        var key = activity.ChannelId + ":" + MessageId(activity);
        var held = await store.LockAsync("botframework-activity:" + key, cancellationToken).ConfigureAwait(false);
        await using (held.ConfigureAwait(false))
        {
            if (await state.IsHandledAsync(key, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
            await handle(cancellationToken).ConfigureAwait(false);
            await state.MarkHandledAsync(key, cancellationToken).ConfigureAwait(false);
        }
        outbox.Nudge();
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
