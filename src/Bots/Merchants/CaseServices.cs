using Conversational.Bots.Commerce.Orders;
using Conversational.Bots.Commerce.Stores;
using Conversational.Bots.Directory;

namespace Conversational.Bots.Merchants;

/// <summary>What the advisor-case handlers use, bound from the services with <c>[AsParameters]</c>.</summary>
internal readonly record struct CaseServices(IAdvisorDesk Desk, IPartyDirectory Directory, OrderDesk Orders, TimeProvider Time);
