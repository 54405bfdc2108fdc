using Conversational.Bots.Conversations.Stores;
using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// Handles each inbound message of any channel: answers a redelivered message with its first replies, holds the
/// person (one message at a time, across instances), runs a <see cref="ConversationTurn"/> over the stored
/// conversation, and saves it with a version check together with the replies (and, for channels that push, queues
/// them), letting the person go in the same step.
/// </summary>
public sealed partial class ConversationEngine(ConversationServices services, ILogger<ConversationEngine> logger)
{
    private const int SaveAttempts = 3;

    public ConversationServices Services { get; } = services ?? throw new ArgumentNullException(nameof(services));

    public async Task<IReadOnlyList<OutboundReply>> HandleAsync(InboundMessage message, CancellationToken cancellationToken = default) =>
        (await HandleAsync(message, person: null, route: null, cancellationToken).ConfigureAwait(false)).Replies;

    /// <summary>
    /// Handles a message: two store round trips when nothing conflicts (open: redelivery check, hold, load; then save,
    /// queue and let go), plus what the turn itself asks of the wallet and the directory.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="person">The sender's party when the channel already looked it up, or null to find (or create) it here.</param>
    /// <param name="route">For channels that push: which replies they give themselves, the rest queued with the save.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HandledMessage> HandleAsync(
        InboundMessage message, Party? person, ReplyRoute? route, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var store = Services.Store;
        person ??= await PersonOfAsync(message.Sender, message.DisplayName, cancellationToken).ConfigureAwait(false);
        var key = message.DeduplicationKey;
        for (var attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            OpenedTurn opened;
            try
            {
                opened = await store.OpenTurnAsync(person.Account.Value, key, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return Busy(message);
            }
            await using (opened.ConfigureAwait(false))
            {
                if (opened.Replayed is { } replayed)
                {
                    return new HandledMessage(replayed, HandlingOutcome.Replayed);
                }
                var loaded = opened.Conversation!;
                if (loaded.Version == 0)
                {
                    // Also when a first attempt died between creating the person and opening their account.
                    await Services.Wallet.Store.OpenAccountAsync(new Account(person.Account), cancellationToken).ConfigureAwait(false);
                }
                using var turn = new ConversationTurn(Services, person, loaded.Data, loaded.Version == 0, message);
                IReadOnlyList<OutboundReply> replies;
                try
                {
                    replies = await turn.RunAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogTurnFailed(logger, e, message.Sender.Channel);
                    return new HandledMessage([turn.FailureReply()], HandlingOutcome.Failed);
                }
                var queueFor = route is not null && !route.AnswersInline(replies) ? route.Recipient : null;
                bool saved;
                try
                {
                    var notices = await ToQueueAsync(turn.Notices, cancellationToken).ConfigureAwait(false);
                    saved = await store.SaveAndReleaseAsync(person.Account.Value, opened, loaded.Data, key, replies, queueFor, notices, cancellationToken)
                        .ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogTurnFailed(logger, e, message.Sender.Channel);
                    return new HandledMessage([turn.FailureReply()], HandlingOutcome.Failed);
                }
                if (saved)
                {
                    return new HandledMessage(replies, HandlingOutcome.Handled);
                }
                LogSaveConflict(logger, attempt);
            }
        }
        return Busy(message);
    }

    private static HandledMessage Busy(InboundMessage message) => new(
        [OutboundReply.Plain(ReplyTexts.For(message.LanguageHint ?? PhoneLanguages.Of(message.Sender.PhoneNumber)).Busy)],
        HandlingOutcome.Busy);

    /// <summary>
    /// Retries the transfers of a person whose outcome was unknown, and tells them the result through the outbox.
    /// Run by the host's settler every few seconds.
    /// </summary>
    public async Task SettleAsync(AccountId person, CancellationToken cancellationToken = default)
    {
        var store = Services.Store;
        var party = await Services.Directory.FindByAccountAsync(person, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return;
        }
        var key = $"settle:{person.Value}:{Services.Time.GetUtcNow().UtcTicks}";
        OpenedTurn opened;
        try
        {
            opened = await store.OpenTurnAsync(person.Value, key, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return;   // busy with a message, whose turn settles first anyway; else the next pass
        }
        await using (opened.ConfigureAwait(false))
        {
            if (opened.Conversation is not { Data.HasUnsettled: true } loaded)
            {
                return;
            }
            using var turn = new ConversationTurn(Services, party, loaded.Data, false, message: null);
            var replies = await turn.SettleAsync(cancellationToken).ConfigureAwait(false);
            // What the person is told goes to their chats as a notice (not to those that said STOP), queued in the same
            // step as the save, with the notices for others: a crash or a failed write never leaves a settled transfer or
            // a delivered purchase saved but untold.
            List<Notice> notices = [.. replies.Select(reply => new Notice(person, _ => reply.Text)), .. turn.Notices];
            await store.SaveAndReleaseAsync(person.Value, opened, loaded.Data, key, [], queueFor: null,
                await ToQueueAsync(notices, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Tells a person something on the service's own initiative (a returned transfer), in their language.</summary>
    public Task NotifyAsync(AccountId person, Func<ReplyTexts, string> write, CancellationToken cancellationToken = default) =>
        DeliverAsync([new Notice(person, write)], cancellationToken);

    /// <summary>The person behind a channel identity, created on their first message (their wallet account is opened by their first turn).</summary>
    private async Task<Party> PersonOfAsync(ChannelIdentity sender, string? displayName, CancellationToken cancellationToken)
    {
        var directory = Services.Directory;
        if (await directory.FindByIdentityAsync(sender, cancellationToken).ConfigureAwait(false) is { } known)
        {
            return known;
        }
        return await directory.GetOrCreatePersonAsync(
            sender, sender.Handle, displayName ?? sender.SenderId, sender.PhoneNumber,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues each notice for every identity of its person that did not say STOP, in the language they last wrote in.</summary>
    private async Task DeliverAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        foreach (var notice in await ToQueueAsync(notices, cancellationToken).ConfigureAwait(false))
        {
            await Services.Store.QueueNoticeAsync(notice.Person, notice.Identities, notice.Write, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The notices with their persons' identities (a person with none is left out), to queue with a save.</summary>
    private async Task<IReadOnlyList<QueuedNotice>> ToQueueAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return [];
        }
        var queued = new List<QueuedNotice>(notices.Count);
        foreach (var notice in notices)
        {
            var identities = notice.Channel is { } chat
                ? [chat]
                : await Services.Directory.IdentitiesOfAsync(notice.Person, cancellationToken).ConfigureAwait(false);
            if (identities.Count > 0)
            {
                queued.Add(new QueuedNotice(notice.Person.Value, identities, language => OutboundReply.Plain(notice.Write(ReplyTexts.For(language)))));
            }
        }
        return queued;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A conversation turn failed on channel {Channel}; nothing was saved")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation changed while a message was handled (attempt {Attempt}); handling it again")]
    private static partial void LogSaveConflict(ILogger logger, int attempt);
}
