using Conversational.Bots.Commerce.Advisors;
using Conversational.Wallet;

namespace Conversational.Bots.Commerce.Stores;

/// <summary>Cases handed to human advisors, in memory or on Redis; a person has at most one open case at a time.</summary>
public interface IAdvisorDesk
{
    /// <summary>Opens the case, or gives back the person's case already open (unchanged) when there is one.</summary>
    Task<AdvisorCase> OpenAsync(AdvisorCase newCase, CancellationToken cancellationToken = default);

    Task<AdvisorCase?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The person's open case, or null.</summary>
    Task<AdvisorCase?> FindOpenAsync(AccountId person, CancellationToken cancellationToken = default);

    /// <summary>A merchant's open cases, oldest first (the queue).</summary>
    Task<IReadOnlyList<AdvisorCase>> ListOpenAsync(string merchant, CancellationToken cancellationToken = default);

    /// <summary>Adds a message to an open case: the case after, or null when it is closed or unknown.</summary>
    Task<AdvisorCase?> AppendAsync(string id, AdvisorMessage message, CancellationToken cancellationToken = default);

    /// <summary>Closes a case: the case after (unchanged when already closed), or null when unknown.</summary>
    Task<AdvisorCase?> CloseAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Delete my data": every case of the person, open or closed, keeps its messages' order and times but loses what
    /// identifies them: its channel becomes ("deleted", case id) and the text of each of the person's own messages becomes
    /// "[deleted]" (advisors' messages stay). An open case is closed at <paramref name="at"/>. The number of cases changed;
    /// calling it again changes nothing more.
    /// </summary>
    Task<int> ForgetPersonAsync(AccountId person, DateTimeOffset at, CancellationToken cancellationToken = default);
}
