using Conversational.Bots.Conversations.Texts;
using Conversational.Bots.Directory;
using Conversational.Wallet;

namespace Conversational.Bots.Conversations;

/// <summary>
/// Handles each inbound message of any channel: answers a redelivered message with its first replies, holds the
/// person (one message at a time, across instances), runs a <see cref="ConversationTurn"/> over the stored
/// conversation, and saves it with a version check together with the replies.
/// </summary>
public sealed partial class ConversationEngine(ConversationServices services, ILogger<ConversationEngine> logger)
{
    private const int SaveAttempts = 3;

    public ConversationServices Services { get; } = services ?? throw new ArgumentNullException(nameof(services));

    public async Task<IReadOnlyList<OutboundReply>> HandleAsync(InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var store = Services.Store;
        if (await store.FindRepliesAsync(message.DeduplicationKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return earlier;
        }
        var person = await PersonOfAsync(message.Sender, message.DisplayName, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= SaveAttempts; attempt++)
        {
            IAsyncDisposable held;
            try
            {
                held = await store.LockAsync(person.Account.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return [OutboundReply.Plain(ReplyTexts.For(message.LanguageHint ?? PhoneLanguages.Of(message.Sender.PhoneNumber)).Busy)];
            }
            await using (held.ConfigureAwait(false))
            {
                if (await store.FindRepliesAsync(message.DeduplicationKey, cancellationToken).ConfigureAwait(false) is { } replayed)
                {
                    return replayed;
                }
                var loaded = await store.LoadAsync(person.Account.Value, cancellationToken).ConfigureAwait(false);
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
                    return [turn.FailureReply()];
                }
                bool saved;
                try
                {
                    saved = await store.SaveAsync(person.Account.Value, loaded.Data, loaded.Version, message.DeduplicationKey, replies,
                        cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogTurnFailed(logger, e, message.Sender.Channel);
                    return [turn.FailureReply()];
                }
                if (saved)
                {
                    await DeliverAsync(turn.Notices, cancellationToken).ConfigureAwait(false);
                    return replies;
                }
                LogSaveConflict(logger, attempt);
            }
        }
        return [OutboundReply.Plain(ReplyTexts.For(message.LanguageHint ?? PhoneLanguages.Of(message.Sender.PhoneNumber)).Busy)];
    }

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
        await using var held = (await store.LockAsync(person.Value, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        var loaded = await store.LoadAsync(person.Value, cancellationToken).ConfigureAwait(false);
        if (loaded.Data.Unsettled.Count == 0)
        {
            return;
        }
        using var turn = new ConversationTurn(Services, party, loaded.Data, false, message: null);
        var replies = await turn.SettleAsync(cancellationToken).ConfigureAwait(false);
        var key = $"settle:{person.Value}:{Services.Time.GetUtcNow().UtcTicks}";
        if (await store.SaveAsync(person.Value, loaded.Data, loaded.Version, key, replies, cancellationToken).ConfigureAwait(false))
        {
            foreach (var identity in await Services.Directory.IdentitiesOfAsync(person, cancellationToken).ConfigureAwait(false))
            {
                foreach (var reply in replies)
                {
                    await store.EnqueueAsync(identity, reply, cancellationToken).ConfigureAwait(false);
                }
            }
            await DeliverAsync(turn.Notices, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Queues each notice for every identity of its person, in the language they last wrote in.</summary>
    private async Task DeliverAsync(IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        foreach (var notice in notices)
        {
            var identities = await Services.Directory.IdentitiesOfAsync(notice.Person, cancellationToken).ConfigureAwait(false);
            if (identities.Count == 0)
            {
                continue;
            }
            var theirs = await Services.Store.LoadAsync(notice.Person.Value, cancellationToken).ConfigureAwait(false);
            if (theirs.Data.OptedOut)
            {
                continue;
            }
            var reply = OutboundReply.Plain(notice.Write(ReplyTexts.For(theirs.Data.Language)));
            foreach (var identity in identities)
            {
                await Services.Store.EnqueueAsync(identity, reply, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A conversation turn failed on channel {Channel}; nothing was saved")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A conversation changed while a message was handled (attempt {Attempt}); handling it again")]
    private static partial void LogSaveConflict(ILogger logger, int attempt);
}
