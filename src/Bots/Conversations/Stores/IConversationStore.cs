namespace Conversational.Bots.Conversations.Stores;

/// <summary>
/// Where conversations live between messages (in memory, or Redis when configured): each person's data with a
/// version, the replies of every handled message for 7 days (deduplication), per-person locks, and the
/// outbox of messages the service sends on its own.
/// </summary>
public interface IConversationStore
{
    /// <summary>The person's conversation, or a new one at version 0.</summary>
    Task<StoredConversation> LoadAsync(string person, CancellationToken cancellationToken = default);

    /// <summary>The replies given to a message already handled, or null.</summary>
    Task<IReadOnlyList<OutboundReply>?> FindRepliesAsync(string deduplicationKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the conversation if it is still at <paramref name="expectedVersion"/>, and in the same atomic step
    /// records the message's replies under its deduplication key. False (nothing written) when another writer
    /// got there first.
    /// </summary>
    Task<bool> SaveAsync(
        string person, ConversationData data, long expectedVersion, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until no other message of this person is being handled (in any instance sharing the store), then
    /// holds the person until disposed. Throws <see cref="TimeoutException"/> when the wait is too long.
    /// </summary>
    Task<IAsyncDisposable> LockAsync(string person, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts handling a message: the replies it already got when it was handled before, else the person held (as
    /// <see cref="LockAsync"/>) and their conversation loaded. A store that can does it in one step.
    /// </summary>
    async Task<OpenedTurn> OpenTurnAsync(string person, string deduplicationKey, CancellationToken cancellationToken = default)
    {
        if (await FindRepliesAsync(deduplicationKey, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return OpenedTurn.Replay(earlier);
        }
        var hold = await LockAsync(person, cancellationToken).ConfigureAwait(false);
        try
        {
            if (await FindRepliesAsync(deduplicationKey, cancellationToken).ConfigureAwait(false) is { } replayed)
            {
                await hold.DisposeAsync().ConfigureAwait(false);
                return OpenedTurn.Replay(replayed);
            }
            return OpenedTurn.Held(await LoadAsync(person, cancellationToken).ConfigureAwait(false), hold);
        }
        catch
        {
            await hold.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Ends a turn opened by <see cref="OpenTurnAsync"/>: saves as <see cref="SaveAsync"/> does, queues the replies for
    /// <paramref name="queueFor"/> when given (the channel then sends them from its outbox) and the
    /// <paramref name="notices"/> the turn caused (as <see cref="QueueNoticeAsync"/>), and lets the person go. A store that
    /// can does it in one atomic step, so a crash never leaves a turn saved but its replies or notices not queued.
    /// Nothing is queued when the save finds the conversation moved on.
    /// </summary>
    async Task<bool> SaveAndReleaseAsync(
        string person, OpenedTurn turn, ConversationData data, string deduplicationKey, IReadOnlyList<OutboundReply> replies,
        ChannelIdentity? queueFor, IReadOnlyList<QueuedNotice> notices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(replies);
        ArgumentNullException.ThrowIfNull(notices);
        try
        {
            var version = turn.Conversation?.Version ?? throw new InvalidOperationException("A replayed turn has nothing to save.");
            if (!await SaveAsync(person, data, version, deduplicationKey, replies, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            if (queueFor is not null)
            {
                foreach (var reply in replies)
                {
                    await EnqueueAsync(queueFor, reply, cancellationToken).ConfigureAwait(false);
                }
            }
            foreach (var notice in notices)
            {
                await QueueNoticeAsync(notice.Person, notice.Identities, notice.Write, cancellationToken).ConfigureAwait(false);
            }
            return true;
        }
        finally
        {
            await turn.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Queues a message the service sends a person on its own (a notice) for each of their identities that did not say
    /// STOP, written by <paramref name="write"/> in the language their conversation last used (null: none yet). False
    /// when every identity said STOP (nothing queued). A store that can does it in one step without reading the whole
    /// conversation.
    /// </summary>
    async Task<bool> QueueNoticeAsync(
        string person, IReadOnlyList<ChannelIdentity> identities, Func<string?, OutboundReply> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(write);
        var theirs = await LoadAsync(person, cancellationToken).ConfigureAwait(false);
        return await QueueUnlessStoppedAsync(this, theirs.Data, identities, write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The notice queued for the identities of <paramref name="theirs"/> that did not say STOP; false when all did.</summary>
    protected static async Task<bool> QueueUnlessStoppedAsync(
        IConversationStore store, ConversationData theirs, IReadOnlyList<ChannelIdentity> identities, Func<string?, OutboundReply> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(theirs);
        var open = identities.Where(identity => !theirs.IsStopped(identity)).ToList();
        if (open.Count == 0)
        {
            return false;
        }
        var reply = write(theirs.Language);
        foreach (var identity in open)
        {
            await store.EnqueueAsync(identity, reply, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>Persons with money movements whose outcome is still unknown (see <see cref="ConversationData.HasUnsettled"/>).</summary>
    Task<IReadOnlyList<string>> ListUnsettledAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Queues a message the service sends on its own (a late answer, a notice) for a channel identity.</summary>
    Task EnqueueAsync(ChannelIdentity recipient, OutboundReply reply, CancellationToken cancellationToken = default);

    /// <summary>Takes every queued message of a channel identity, oldest first.</summary>
    Task<IReadOnlyList<OutboundReply>> DequeueAllAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default);

    /// <summary>Identities of these channels with queued messages (at most <paramref name="max"/>), for channels that push.</summary>
    Task<IReadOnlyList<ChannelIdentity>> ListOutboxRecipientsAsync(
        IReadOnlyCollection<string> channels, int max, CancellationToken cancellationToken = default);

    /// <summary>The oldest queued message of an identity, left in the queue until <see cref="RemoveFirstAsync"/>; null when none.</summary>
    Task<OutboundReply?> PeekAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default);

    /// <summary>Removes the oldest queued message of an identity, once it was delivered (or can never be).</summary>
    Task RemoveFirstAsync(ChannelIdentity recipient, CancellationToken cancellationToken = default);
}

/// <summary>A conversation as loaded, with the version a save must find unchanged.</summary>
public sealed record StoredConversation(ConversationData Data, long Version);
