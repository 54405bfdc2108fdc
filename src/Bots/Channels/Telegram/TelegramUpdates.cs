using System.Globalization;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Handles one Telegram update, from the webhook or from polling. Only messages, button presses and blocks matter;
/// every other type (edited messages included: an edit does not send money again) is skipped at once. Each update is
/// handled once per bot and update_id: that is the message id the engine deduplicates on, so a redelivery runs
/// nothing again. Replies either come back to the webhook to be given in its response (see
/// <see cref="TelegramOptions.ReplyInWebhookResponse"/>) or are queued for the outbox in the same atomic step as the
/// turn's save, so a crash neither loses them nor queues them twice.
/// </summary>
public sealed partial class TelegramUpdates(
    TelegramBot bot, ConversationEngine engine, IConversationStore store, IPartyDirectory directory, ITelegramState state,
    ChatOptOuts optOut, OutboxDispatcher outbox, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramUpdates> logger)
{
    /// <summary>The update types asked for in setWebhook and getUpdates.</summary>
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    /// <summary>sendMessage's limit: a longer reply goes through the outbox, which cuts it.</summary>
    private const int MaxInlineText = 4096;

    /// <summary>Handles an update whose replies all go through the outbox (polling).</summary>
    public Task HandleAsync(Update update, CancellationToken cancellationToken) => HandleAsync(update, inline: false, cancellationToken);

    /// <summary>
    /// Handles an update from the webhook: the sendMessage to give in the webhook response, or null when there is none
    /// (nothing to say, or everything went to the outbox). Throws <see cref="TimeoutException"/> when the person stayed
    /// busy: the webhook answers 503 and Telegram delivers the update again.
    /// </summary>
    public Task<SendMessageRequest?> HandleWebhookAsync(Update update, CancellationToken cancellationToken) =>
        HandleAsync(update, inline: options.Value.ReplyInWebhookResponse, cancellationToken);

    private async Task<SendMessageRequest?> HandleAsync(Update update, bool inline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        switch (update)
        {
            case { Message: { } message }:
                return Addressed(message) is { } text
                    ? await OnMessageAsync(update, message, text, inline, cancellationToken).ConfigureAwait(false)
                    : null;
            case { CallbackQuery: { } query }:
                return await OnCallbackAsync(update, query, inline, cancellationToken).ConfigureAwait(false);
            case { MyChatMember: { Chat.Type: ChatType.Private, NewChatMember.Status: ChatMemberStatus.Kicked } member }:
                await optOut.RecordAsync(Identity(member.From), cancellationToken).ConfigureAwait(false);
                return null;
            case { MyChatMember: { Chat.Type: ChatType.Private, OldChatMember.Status: ChatMemberStatus.Kicked, NewChatMember.Status: ChatMemberStatus.Member } member }:
                // Unblocked: the person asks to hear from the bot again, as /start would.
                await optOut.LiftAsync(Identity(member.From), cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return null;   // a type this service does not use: answered 200, nothing done
        }
    }

    /// <summary>
    /// The text to hand the engine, or null when the message is not for this bot: in a group, only commands, either
    /// plain ("/send") or addressed to this bot ("/send@ThisBot"); "/cmd@OtherBot" is ignored anywhere. The "@ThisBot"
    /// is removed.
    /// </summary>
    internal string? Addressed(Message message)
    {
        if (message.From is not { IsBot: false } || message.Text is not { Length: > 0 } text || message.Chat.Type == ChatType.Channel)
        {
            return null;
        }
        var group = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        if (!text.StartsWith('/'))
        {
            return group ? null : text;
        }
        var end = text.IndexOfAny([' ', '\n', '\t']);
        var command = end < 0 ? text : text[..end];
        var at = command.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }
        if (bot.Username is not { } username || !command[(at + 1)..].Equals(username, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return command[..at] + (end < 0 ? "" : text[end..]);
    }

    private async Task<SendMessageRequest?> OnMessageAsync(Update update, Message message, string text, bool inline, CancellationToken cancellationToken)
    {
        var from = message.From!;
        var group = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var (answer, replayed) = await RunAsync(update, from, text, choice: null, inline && !group, cancellationToken).ConfigureAwait(false);
        if (group && !replayed)
        {
            // Amounts and balances are never shown to a group: the answer went to the person's private chat.
            var note = TelegramTexts.For(from.LanguageCode).AnsweredInPrivate;
            await store.EnqueueAsync(new ChannelIdentity(TelegramSender.Channel, message.Chat.Id.ToString(CultureInfo.InvariantCulture)),
                OutboundReply.Plain(note), cancellationToken).ConfigureAwait(false);
            outbox.Nudge();
        }
        return answer;
    }

    private async Task<SendMessageRequest?> OnCallbackAsync(Update update, CallbackQuery query, bool inline, CancellationToken cancellationToken)
    {
        var sender = Identity(query.From);
        var value = query.Data is { } data && data.StartsWith(TelegramSender.ChoicePrefix, StringComparison.Ordinal)
            ? await state.FindChoiceAsync(sender.SenderId, data[TelegramSender.ChoicePrefix.Length..], cancellationToken).ConfigureAwait(false)
            : null;
        // Always answered, so the person's client stops its progress bar; an unknown button says so and does nothing.
        await AnswerAsync(query.Id, value is null ? TelegramTexts.For(query.From.LanguageCode).ButtonExpired : null, cancellationToken)
            .ConfigureAwait(false);
        if (value is null)
        {
            return null;
        }
        var privateChat = query.Message?.Chat.Type is null or ChatType.Private;
        return (await RunAsync(update, query.From, text: null, value, inline && privateChat, cancellationToken).ConfigureAwait(false)).Answer;
    }

    /// <summary>
    /// The engine's turn for this update. With <paramref name="inline"/>, a single plain reply comes back for the
    /// webhook response; everything else is queued with the turn's save (or, for a turn that failed and saved
    /// nothing, queued here). Replayed: the update was handled before (a redelivery), nothing ran again.
    /// </summary>
    private async Task<(SendMessageRequest? Answer, bool Replayed)> RunAsync(
        Update update, User from, string? text, string? choice, bool inline, CancellationToken cancellationToken)
    {
        var sender = Identity(from);
        var person = await PersonAsync(sender, from, cancellationToken).ConfigureAwait(false);
        var route = new ReplyRoute(sender, replies => inline && Inlinable(replies));
        var handled = await engine.HandleAsync(Inbound(update, from, text, choice), person, route, cancellationToken).ConfigureAwait(false);
        switch (handled.Outcome)
        {
            case HandlingOutcome.Busy:
                throw new TimeoutException("The person stayed busy with another message.");
            case HandlingOutcome.Failed when !route.AnswersInline(handled.Replies):
                foreach (var reply in handled.Replies)
                {
                    await store.EnqueueAsync(sender, reply, cancellationToken).ConfigureAwait(false);
                }
                break;
            default:
                break;
        }
        var replayed = handled.Outcome == HandlingOutcome.Replayed;
        if (!route.AnswersInline(handled.Replies))
        {
            outbox.Nudge();
            return (null, replayed);
        }
        return (new SendMessageRequest { ChatId = from.Id, Text = handled.Replies[0].Text, IsWebhookResponse = true }, replayed);
    }

    /// <summary>One plain message that sendMessage takes as it is.</summary>
    private static bool Inlinable(IReadOnlyList<OutboundReply> replies) =>
        replies is [{ Choices.Count: 0, Text.Length: > 0 and <= MaxInlineText }];

    private async Task AnswerAsync(string queryId, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.Client.AnswerCallbackQuery(queryId, text, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A query answered twice (a redelivery) or too old: the press is still handled.
            if (logger.IsEnabled(LogLevel.Warning))
            {
                LogAnswerFailed(TelegramBot.Describe(e));
            }
        }
    }

    /// <summary>
    /// The person behind a Telegram user, created with their Telegram username as handle when it is free, so others can
    /// send to @username.
    /// </summary>
    private async Task<Party> PersonAsync(ChannelIdentity sender, User from, CancellationToken cancellationToken) =>
        await directory.FindByIdentityAsync(sender, cancellationToken).ConfigureAwait(false)
        ?? await directory.GetOrCreatePersonAsync(sender, from.Username?.ToLowerInvariant(), DisplayName(from), null, cancellationToken)
            .ConfigureAwait(false);

    private InboundMessage Inbound(Update update, User from, string? text, string? choice) =>
        new(Identity(from), MessageId(update), text, choice, from.LanguageCode, time.GetUtcNow(), DisplayName(from));

    /// <summary>The message id given to the engine: the bot and the update_id, the same for every redelivery.</summary>
    private string MessageId(Update update) => bot.Id + ":" + update.Id.ToString(CultureInfo.InvariantCulture);

    private static ChannelIdentity Identity(User user) => new(TelegramSender.Channel, user.Id.ToString(CultureInfo.InvariantCulture));

    private static string DisplayName(User user) =>
        string.IsNullOrWhiteSpace(user.LastName) ? user.FirstName : user.FirstName + " " + user.LastName;

    [LoggerMessage(Level = LogLevel.Warning, Message = "answerCallbackQuery failed ({Error}); the press is handled anyway")]
    private partial void LogAnswerFailed(string error);
}
