using Conversational.Bots.Tests.Conversations;
using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Commerce;

/// <summary>Purchases in French, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class FrenchPurchaseTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_achat_demande_quantité_livraison_et_adresse_puis_l_adresse_enregistrée_suffit_en_quatre_échanges(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter un mug
            bot: ?
            alice: 2
            bot: ?
            alice: à domicile
            bot: ?
            alice: 12 rue de la Paix, 75002 Paris
            bot: ?
            alice: [Payer]
            bot: ?
            = alice 100.00 demoshop 0.00
            shop demoshop: accepted
            alice gets: ?
            = alice 76.00 demoshop 23.76
            shop demoshop: shipped
            alice gets: ?
            alice: acheter mug
            bot: ?
            alice: 1
            bot: ?
            alice: 1
            bot: ?
            alice: oui
            bot: ?
            alice: #suivi
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_point_relais_se_choisit_près_d_un_code_postal_et_chaque_étape_peut_revenir_ou_changer(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter un t-shirt
            bot: ?
            alice: 1
            bot: ?
            alice: en point relais svp
            bot: ?
            alice: 7501
            bot: ?
            bot: ?
            alice: 13001
            bot: ?
            bot: ?
            alice: 75011
            bot: ?
            alice: retour
            bot: ?
            alice: 75002
            bot: ?
            alice: 1
            bot: ?
            alice: [Modifier la quantité]
            bot: ?
            alice: 25
            bot: ?
            bot: ?
            alice: 2
            bot: ?
            alice: [Modifier la livraison]
            bot: ?
            alice: retrait en magasin
            bot: ?
            alice: #solde
            bot: ?
            bot: ?
            alice: hein ?
            bot: ?
            bot: ?
            alice: aide
            bot: ?
            bot: ?
            alice: annuler
            bot: ?
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Le_stock_épuisé_entre_le_récapitulatif_et_le_paiement_redemande_la_quantité_sans_rien_payer(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            bob: acheter 3 t-shirts
            bot: ?
            bob: dans une consigne
            bot: ?
            bob: 75011
            bot: ?
            bob: 1
            bot: ?
            alice: acheter 2 t-shirts
            bot: ?
            alice: [Retrait en magasin]
            bot: ?
            alice: oui
            bot: ?
            bob: [Payer]
            bot: ?
            bot: ?
            bob: 1
            bot: ?
            bob: [Payer]
            bot: ?
            shop demoshop: accepted
            bob gets: ?
            = bob 81.00 alice 100.00
            carole: acheter un t-shirt
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_panier_oublié_reçoit_un_seul_rappel_et_continuer_le_reprend(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter mug
            bot: ?
            wait 20m
            timers
            alice gets nothing
            wait 15m
            timers
            alice gets: ?
            wait 2h
            timers
            alice gets nothing
            alice: continuer
            bot: ?
            bot: ?
            alice: 1
            bot: ?
            alice: [Annuler]
            bot: ?
            alice: continuer
            bot: ?
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_mot_clé_envoyé_par_SMS_achète_le_jeu_sur_la_facture_de_téléphone(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            +33612345678@81234: JEU42
            bot: ?
            +33612345678@81234: JEU99
            bot: ?
            +33612345678: #suivi
            bot: ?
            alice: bonjour
            bot: ?
            alice: JEU42
            bot: ?
            = alice 97.01
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task La_FAQ_répond_pendant_un_achat_et_en_dehors_puis_l_achat_s_annule(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: Quels sont les frais de port ?
            bot: ?
            alice: acheter 2 mugs
            bot: ?
            alice: vous livrez en combien de temps ?
            bot: ?
            bot: ?
            alice: maison
            bot: ?
            alice: [Annuler]
            bot: ?
            alice: annuler
            bot: ?
            = alice 100.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task French_probe(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: acheter 2 mugs
            bot: ?
            alice: domicile
            bot: ?
            alice: 12 rue de la Paix, 75002 Paris
            bot: ?
            alice: retour
            bot: ?
            alice: 8 avenue Foch, 69006 Lyon
            bot: ?
            alice: oui
            bot: ?
            alice: acheter mug
            bot: ?
            alice: 1
            bot: ?
            alice: [Domicile]
            bot: ?
            alice: 2
            bot: ?
            +33612345678@81234: acheter JEU42
            bot: ?
            bob: acheter mug
            bot: ?
            wait 1d
            bob: bonjour
            bot: ?
            """);
}
