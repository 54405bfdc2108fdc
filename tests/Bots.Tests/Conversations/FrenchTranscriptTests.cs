using Conversational.Bots.Tests.Stores;

namespace Conversational.Bots.Tests.Conversations;

/// <summary>Whole conversations in French, word for word, against the in-memory stores and a real Redis.</summary>
[Collection(RedisStoreFixture.Collection)]
public sealed class FrenchTranscriptTests(RedisStoreFixture redis)
{
    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Envoyer_demande_confirmation_puis_un_destinataire_connu_est_payé_directement(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #envoyer 5€ @bob
            bot: Envoyer 5,00 € à Bob (@bob) ? Il n'y a pas de frais. [Confirmer|Annuler]
            alice: oui
            bot: C'est fait : vous avez envoyé 5,00 € à Bob (@bob). Votre solde : 95,00 €.
            alice: #envoyer 2€ @bob
            bot: C'est fait : vous avez envoyé 2,00 € à Bob (@bob). Votre solde : 93,00 €.
            alice: #envoyer 60€ @bob
            bot: Envoyer 60,00 € à Bob (@bob) ? Il n'y a pas de frais. [Confirmer|Annuler]
            alice: [Annuler]
            bot: Annulé : aucun argent n'a bougé.
            = alice 93.00 bob 107.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Une_nouvelle_demande_dit_qu_elle_remplace_celle_qui_attendait(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #don 10,50 € @restosducoeur
            bot: Donner 10,50 € à Restos du Cœur (@restosducoeur) ? Les dons sont sans frais. [Confirmer|Annuler]
            alice: #envoyer 3€ @bob
            bot: Votre demande précédente de don de 10,50 € à Restos du Cœur (@restosducoeur) est abandonnée : rien n'a été envoyé. Voici la nouvelle.
            bot: Envoyer 3,00 € à Bob (@bob) ? Il n'y a pas de frais. [Confirmer|Annuler]
            alice: oui
            bot: C'est fait : vous avez envoyé 3,00 € à Bob (@bob). Votre solde : 97,00 €.
            = alice 97.00 bob 103.00 restosducoeur 0.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_don_va_aux_associations_et_le_relevé_se_lit_par_pages(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #don 10€ @restosducoeur
            bot: Donner 10,00 € à Restos du Cœur (@restosducoeur) ? Les dons sont sans frais. [Confirmer|Annuler]
            alice: [Confirmer]
            bot: C'est fait : vous avez donné 10,00 € à Restos du Cœur (@restosducoeur). Merci ! Votre solde : 90,00 €.
            alice: #don 5€ @bob
            bot: Bob (@bob) n'est pas une association reconnue. Pour envoyer de l'argent à une personne, écrivez : #envoyer 10EUR @bob
            alice: #envoyer 1€ @bob
            bot: Envoyer 1,00 € à Bob (@bob) ? Il n'y a pas de frais. [Confirmer|Annuler]
            alice: [Confirmer]
            bot: C'est fait : vous avez envoyé 1,00 € à Bob (@bob). Votre solde : 89,00 €.
            alice: #envoyer 2€ @bob
            bot: C'est fait : vous avez envoyé 2,00 € à Bob (@bob). Votre solde : 87,00 €.
            alice: #envoyer 3€ @bob
            bot: C'est fait : vous avez envoyé 3,00 € à Bob (@bob). Votre solde : 84,00 €.
            alice: #envoyer 4€ @bob
            bot: C'est fait : vous avez envoyé 4,00 € à Bob (@bob). Votre solde : 80,00 €.
            alice: #historique
            bot: Vos 5 dernières opérations : / 24 nov. · envoi à Bob (@bob) · −4,00 € / 24 nov. · envoi à Bob (@bob) · −3,00 € / 24 nov. · envoi à Bob (@bob) · −2,00 € / 24 nov. · envoi à Bob (@bob) · −1,00 € / 24 nov. · don à Restos du Cœur (@restosducoeur) · −10,00 € [Plus]
            alice: plus
            bot: L'opération précédente : / 24 nov. · rechargement · +100,00 € / C'est tout : il n'y a pas d'opération plus ancienne.
            alice: #dépenses
            bot: En novembre, vous avez dépensé 20,00 € : 10,00 € en envois, 10,00 € en dons et 0,00 € en paiements.
            = alice 80.00 restosducoeur 10.00 bob 110.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Un_inconnu_récupère_l_argent_qui_l_attend(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: #envoyer 5€ @carole
            bot: @carole n'utilise pas encore ce service. Lui envoyer 5,00 € à récupérer ? L'argent l'attend pendant 7 jours, puis vous revient s'il n'est pas récupéré. [Confirmer|Annuler]
            alice: oui
            bot: C'est fait : la somme de 5,00 € attend @carole jusqu'au 1er décembre. Si elle n'est pas récupérée d'ici là, elle vous revient.
            carole: bonjour
            bot: Bonjour carole ! Je peux envoyer de l'argent, transmettre vos dons aux associations, acheter dans les boutiques et afficher votre relevé. Voici ce que je sais faire : / • #envoyer 10EUR @lea : envoyer de l'argent / • #don 5EUR @restosducoeur : faire un don à une association / • #solde : votre solde / • #historique : vos dernières opérations / • acheter MUG : acheter dans une boutique / • #suivi : vos commandes / • annuler : abandonner ce que vous avez commencé / Une autre question ? J'y réponds ou je la transmets à une personne.
            bot: Alice (@alice) vous a envoyé 5,00 €. L'acceptez-vous ? [Accepter|Plus tard]
            carole: oui
            bot: C'est fait : la somme de 5,00 € (1 transfert) est maintenant sur votre compte. Votre solde : 5,00 €.
            alice gets: carole (@carole) a accepté votre transfert de 5,00 €.
            = alice 95.00 carole 5.00
            """);

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Redis)]
    public async Task Les_erreurs_sont_expliquées_et_ne_changent_rien(StoreKind store) =>
        await Transcript.RunAsync(await ChatHarness.StartAsync(store, redis), """
            alice: oui
            bot: Il n'y a rien à confirmer pour le moment. Envoyez AIDE pour voir ce que je sais faire.
            alice: annuler
            bot: Il n'y a rien à annuler pour le moment.
            alice: #envoyer 300€ @bob
            bot: La limite pour un envoi à une personne est de 250,00 € à la fois. Envoyez un montant plus petit.
            alice: #envoyer 150€ @bob
            bot: Vous n'avez pas assez d'argent : votre solde disponible est de 100,00 €. Envoyez un montant plus petit ou ajoutez d'abord de l'argent.
            alice: #envoyer 5,555€ @bob
            bot: EUR a au plus 2 décimales, et « 5,555€ » en a davantage. Écrivez par exemple 12,50 €.
            alice: #envoyer 5€ @alice
            bot: Vous ne pouvez pas vous envoyer de l'argent à vous-même. Choisissez un autre destinataire.
            = alice 100.00 bob 100.00
            """);
}
