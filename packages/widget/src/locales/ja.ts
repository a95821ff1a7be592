// Japanese. Register: です/ます for sentences, short plain forms for buttons (as Japanese interfaces do); full-width punctuation.
import type { LocalePack } from './locale-pack.js';

const ja: LocalePack = {
  strings: {
    thisProduct: 'この製品',
    inviteTitle: '{product}の改善にご協力ください',
    inviteBody:
      'AIにどんなことを期待しているか、そして何を不安に感じているかを、皆さまにお聞きしています。自由に答えられる質問がいくつかあり、どれも回答は任意です。所要時間は3分ほどです。',
    start: '始める',
    notNow: 'あとで',
    noThanks: '参加しない',
    consentTitle: '始める前に',
    consentPurpose:
      'いただいた回答は、{product}を開発するチームが何を作るかを決める参考になります。回答はチームのメンバーが、ほかの方の回答とあわせて読みます。',
    consentKeep:
      '回答は、この調査に必要な期間だけ保管します。メールアドレス、電話番号、カード番号、キーは、何かが保存される前に、お使いの端末上で削除されます。',
    consentQuotes: '名前など私を特定できる情報を含めなければ、公開される調査結果に私の回答を引用してもかまいません。',
    consentWithdraw: '回答はいつでも取り下げることができます。どの回答がご自身のものかは、この端末が記憶しています。',
    continue: '続ける',
    dialogTitle: 'ご意見をお聞かせください',
    progress: '全{total}問中 {n}問目',
    required: '先に進むには、回答を入力してください。',
    charsLeft: '残り{n}文字',
    restored: '先ほど入力された内容を復元しました。',
    removing: '送信前に、{list}を削除します。',
    email: 'メールアドレス{n}件',
    phone: '電話番号{n}件',
    card: 'カード番号{n}件',
    key: 'キーまたはトークン{n}件',
    followUp: '追加の質問（任意）',
    probeHope: 'それが実現したら、どんなことができるようになりますか？',
    probeOther: 'なぜそれがあなたにとって大切なのですか？',
    back: '戻る',
    skip: 'スキップ',
    next: '次へ',
    finish: '回答を終える',
    close: '閉じる',
    leaveAsk: '入力した内容を送信しますか？',
    send: '送信する',
    discard: '破棄する',
    sending: '回答を送信しています…',
    thanks: 'ありがとうございました',
    sent: '回答を送信しました。今後何を作るかを決める参考にさせていただきます。',
    saved: '回答はこの端末に保存されました。インターネットに再接続したときに送信されます。',
    memory:
      '回答はまだ送信できておらず、このブラウザでは保存もできませんでした。このページを開いている間に送信されます。',
    dropped: 'ご回答ありがとうございました。',
    held: '回答はこの端末に保管されています。今後の扱いは、この製品の開発チームが決めます。',
    done: '完了',
    notSent: 'まだ送信されていません',
    tooLarge:
      '回答が長すぎるため送信できません（{kb} KB、上限は{limit} KB）。何も送信されていません。前の画面に戻って短くしてください。',
    queueFull:
      'この端末から送信を待っている回答が多すぎます。何も送信されていません。しばらくしてからもう一度お試しください。',
    backToAnswers: '回答に戻る',
    withdraw: '自分の回答を取り下げる',
    withdrawAsk: '回答を取り下げますか？この操作は元に戻せません。',
    keep: 'キャンセル',
    confirmWithdraw: '取り下げる',
    withdrawn: '回答を取り下げました。',
    withdrawFailed: '現在、回答を取り下げることができません。しばらくしてからもう一度お試しください。',
    nothingSent: 'すべての質問がスキップされたため、何も送信していません。',
  },
  questions: [
    { id: 'context', prompt: '最後に{product}を使ったのは、どんなことのためでしたか？' },
    { id: 'hope', prompt: '魔法の杖をひと振りできるとしたら、AIにどんなことをしてほしいですか？', followUp: true },
    { id: 'experience', prompt: 'AIが、その実現に向けて一歩でも近づけてくれたことはありますか？' },
    {
      id: 'fear',
      prompt: 'あなたの願いや大切にしていることに反するような、AIの開発のされ方はあると思いますか？',
      followUp: true,
    },
  ],
};

export default ja;
