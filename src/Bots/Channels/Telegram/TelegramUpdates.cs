using System.Globalization;
using Conversational.Bots.Conversations;
using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Directory;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// Handles one Telegram update, from the webhook or from polling. Only messages, button presses and blocks matter;
/// every other type (edited messages included: an edit does not send money again) is skipped at once. Each update is
/// handled once per bot and update_id: under a lock on that key, a handled update is skipped, else it goes to the
/// engine (itself deduplicating on the same id), its replies are queued for the outbox and it is marked handled. A
/// crash between queuing and marking can send the replies twice, never zero times.
/// </summary>
public sealed partial class TelegramUpdates(
    TelegramBot bot, ConversationEngine engine, IConversationStore store, IPartyDirectory directory, ITelegramState state,
    TelegramOptOut optOut, OutboxDispatcher outbox, TimeProvider time, ILogger<TelegramUpdates> logger)
{
    /// <summary>The update types asked for in setWebhook and getUpdates.</summary>
    public static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        switch (update)
        {
            case { Message: { } message }:
                if (Addressed(message) is { } text)
                {
                    await OnceAsync(update, ct => OnMessageAsync(update, message, text, ct), cancellationToken).ConfigureAwait(false);
                }
                break;
            case { CallbackQuery: { } query }:
                await OnCallbackAsync(update, query, cancellationToken).ConfigureAwait(false);
                break;
            case { MyChatMember: { Chat.Type: ChatType.Private, NewChatMember.Status: ChatMemberStatus.Kicked } member }:
                await optOut.RecordAsync(Identity(member.From), cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;   // a type this service does not use: answered 200, nothing done
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

    private async Task OnMessageAsync(Update update, Message message, string text, CancellationToken cancellationToken)
    {
        var from = message.From!;
        var sender = Identity(from);
        await PersonAsync(sender, from, cancellationToken).ConfigureAwait(false);
        var replies = await engine.HandleAsync(Inbound(update, from, text, choice: null), cancellationToken).ConfigureAwait(false);
        foreach (var reply in replies)
        {
            await store.EnqueueAsync(sender, reply, cancellationToken).ConfigureAwait(false);
        }
        if (message.Chat.Type is ChatType.Group or ChatType.Supergroup)
        {
            // Amounts and balances are never shown to a group: the answer went to the person's private chat.
            var note = TelegramTexts.For(from.LanguageCode).AnsweredInPrivate;
            await store.EnqueueAsync(new ChannelIdentity(TelegramSender.Channel, message.Chat.Id.ToString(CultureInfo.InvariantCulture)),
                OutboundReply.Plain(note), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnCallbackAsync(Update update, CallbackQuery query, CancellationToken cancellationToken)
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
            return;
        }
        await OnceAsync(update, async ct =>
        {
            await PersonAsync(sender, query.From, ct).ConfigureAwait(false);
            var replies = await engine.HandleAsync(Inbound(update, query.From, text: null, value), ct).ConfigureAwait(false);
            foreach (var reply in replies)
            {
                await store.EnqueueAsync(sender, reply, ct).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnceAsync(Update update, Func<CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        var key = MessageId(update);
        var held = await store.LockAsync("telegram-update:" + key, cancellationToken).ConfigureAwait(false);
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
    /// send to @username; the engine then finds them by identity.
    /// </summary>
    private async Task PersonAsync(ChannelIdentity sender, User from, CancellationToken cancellationToken)
    {
        if (await directory.FindByIdentityAsync(sender, cancellationToken).ConfigureAwait(false) is null)
        {
            await directory.GetOrCreatePersonAsync(sender, from.Username?.ToLowerInvariant(), DisplayName(from), null, cancellationToken)
                .ConfigureAwait(false);
        }
    }

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
