"""Identity steps in Japanese, Chinese and Korean prose, which has no spaces for the word patterns to
hold on to: password resets and account disables, role and group grants, and review conclusions
("パスワードを再設定", "已将李娜添加到财务组", "권한을 부여", "アクセス権限は適切であることを確認しました")."""

from __future__ import annotations

import re

from gateway.inspection.hits import Hit
from gateway.inspection.keywords import Found, windows_around

_ACCOUNT = r"(?:パスワード|アカウント|ユーザー|多要素認証|二要素認証|MFA)"
LIFECYCLE = re.compile(
    _ACCOUNT + r"(?:ID|ＩＤ)?(?:「[^」\n]{1,40}」|『[^』\n]{1,40}』|（[^）\n]{1,40}）| ?`[^`\n]{1,40}` ?)?"
    r"(?:を|の|は)?\**(?:リセット|再設定|初期化|無効化|停止|削除|ロック|凍結|作成|発行|再有効化|"
    r"有効化)"  # "を**再有効化**"
    r"|(?:重置|重设|禁用|停用|删除|锁定|冻结|创建)了?[^。，,\n]{0,16}?(?:密码|账户|账号|用户|帐户|帐号|密钥|"
    r"多因素认证|双因素认证|多重身份验证|MFA|2FA)"
    r"|(?:密码|账户|账号|用户|帐户|帐号|多因素认证|双因素认证)(?:已|已经)?被?(?:重置|重设|禁用|停用|删除|锁定|冻结)"
    r"|(?:비밀번호|계정|사용자|다단계 인증|MFA)(?:를|을|가|이)?\s?(?:재설정|초기화|비활성화|삭제|잠금|생성)"
    # a time or a date between the account and the verb: "アカウントを本日18時付けで無効化しました"
    r"|" + _ACCOUNT + r"(?:（[^）\n]{1,40}）)?を[^。、「」\n]{1,16}?(?:無効化|削除|停止|ロック)しました"
    # a key made, reissued or rotated for an account: "AccessKey 已创建", "APIキーを発行", "액세스 키를 발급"
    r"|(?:AccessKey|Access ?Key|API ?Key|访问密钥|密钥|秘钥|账号|账户|帐号|帐户)\s?(?:已|已经)被?"
    r"(?:创建|生成|重新生成|轮换)"
    # a key made new, rotated or revoked: "生成新的 API 密钥", "吊销旧密钥"
    r"|(?:生成|创建|签发|轮换|吊销|作废|重新生成)(?:新的|旧的|新|旧)?\s?(?:API ?|访问|应用)?(?:密钥|秘钥|令牌)"
    r"|(?:アクセスキー|APIキー|API キー|デプロイキー|SSHキー|シークレット|アクセストークン|APIトークン|トークン)"
    r"(?:を|が|は)?"
    r"(?:作成|発行|再発行|再生成|ローテーション)"
    # an account's key made: "サービスアカウント `timetable-sync` のキーを新しく作成しました"
    r"|アカウント[^。\n]{0,40}?の(?:キー|鍵|シークレット|トークン)を(?:新しく|新規に?)?(?:作成|発行|再発行|再生成)"
    r"|(?:액세스 키|API 키|시크릿)(?:를|을|가|이)?\s?(?:생성|발급|재발급|교체)")
ACCESS = re.compile(
    r"(?:権限|ロール|グループ|チーム|アクセス権)(?:「[^」\n]{1,40}」|『[^』\n]{1,40}』)?(?:を|に|へ|が)?"
    r"(?:付与|追加|剥奪|削除|取り消|割り当て)"
    r"|(?:授予|分配|添加到|加入|撤销|移除|收回)[^。，,\n]{0,24}?(?:权限|角色|组|群组|访问权)"
    r"|从[^。，\n]{0,60}?(?:组|群组|团队)中?(?:移除|删除|踢出)"  # "将 周琳（lzhou）从 `ref:…` 组中移除"
    r"|(?:权限|角色)(?:已被|已经被|已|已经|被)(?:授予|分配|撤销|移除|收回)|由[^\s。，,]{1,8}代管(?:邮箱|账号|账户)?"
    r"|(?:권한|역할|그룹)(?:을|를|에|이)?\s?(?:부여|추가|회수|제거|삭제|할당)|회수\s?[:：]\s?\d+명"
    r"|(?:权限|角色)(?:已|已经|均已)被?删除"
    # shared at a named level, collaborators added: "2名と共有しました（編集者権限）", "コラボレーターを追加しました",
    # "**Maintainer** 권한으로 추가했습니다"
    # the role named after its verb ("付与したロール：**Site CRC**", "부여한 역할"), a member made manager or owner
    r"|(?:付与|追加|割り当て)した(?:ロール|権限|グループ)|(?:부여|추가|할당)한\s?(?:권한|역할|그룹)|授予的(?:角色|权限)"
    r"|(?:グループ ?)?(?:マネージャー|管理者|オーナー)(?:に|へ)(?:昇格|昇進|変更し|変更する|変更済)"
    r"|共有しました[（(][^）)\n]{0,20}?権限[）)]|"
    # something shared at a named level: "「…」フォルダを **編集者** として共有してください"
    r"(?:フォルダ|ファイル|ドキュメント|サイト|ドライブ|ノートブック|ボード)[」』]?[^。\n]{0,20}?を[ \t*]{0,4}"
    r"(?:編集者|閲覧者|ビューアー|管理者|オーナー|共同所有者|アップローダー|コメント可)[ \t*]{0,4}"
    r"(?:として|で|権限で)共有"
    r"|(?:編集者|閲覧者|ビューアー|管理者|オーナー|アップローダー)権限で共有"
    r"|コラボレーター(?:を|として)[^。\n]{0,10}?(?:追加|招待)|권한으로\s?(?:추가|초대|변경)"
    # a role given to a named person, or a person who can now open something, or a right marked for removal:
    # "ロールを…佐藤さん（…）に割り当てました", "上長の田中さんがアクセスできるように", "権限は削除対象とします"
    r"|(?:ロール|権限|グループ)[^。\n]{0,80}?(?:さん|様|氏)(?:（[^）\n]{1,60}）)?に(?:割り当て|付与|追加)"
    # rights handed over or a mailbox delegated to a named person: "管理者権限を山田さんへ移管",
    # "山田さんに 30 日間委任"
    r"|(?:権限|アクセス権|オーナー|所有権|ファイル|メールボックス)を[^。\n]{0,20}?(?:さん|様|氏)(?:へ|に)(?:移管|移譲|譲渡|委任)"
    # ... or in Chinese: "邮箱转为共享邮箱，委托给 7 号法庭主管", "文件移交给接任者"
    r"|(?:邮箱|文件|账户|账号|帐户|帐号)[^。\n]{0,20}?(?:委托给|委派给|移交给|转交给|共享给)"
    r"|(?:さん|様|氏)に[^。\n]{0,16}?委任"
    # someone added to a team or channel as a member: "佐藤 美咲さんをメンバーとして追加しました"
    r"|(?:さん|様|氏)(?:（[^）\n]{1,60}）)?を[^。\n]{0,20}?(?:メンバー|オーナー|管理者|所有者|編集者)として(?:追加|登録|招待)"
    r"|(?:さん|様|氏)(?:（[^）\n]{1,60}）)?が[^。\n]{0,10}?アクセスできる(?:ように|状態)"
    r"|(?:権限|ロール|アクセス権)は(?:削除|剥奪|取り消し|回収)対象"
    # someone taken out of a team or group: "佐藤さんのGitHub `payments` チームからの削除"
    r"|(?:さん|様|氏)の[^。\n]{0,40}?(?:チーム|グループ|ロール)から(?:の)?(?:削除|除外|外し)"
    # someone put into a project, repository or team: "已把 wang@… 加入 GitLab 项目", "将实习生添加到仓库"
    r"|(?:把|将)[^。，,\n]{0,40}?(?:@|工程师|同事|员工|用户|成员|外包|实习生|顾问|供应商)[^。，,\n]{0,40}?"
    r"(?:加入|添加到|添加至|拉入|拉进|邀请到|邀请进)[^。，,\n]{0,40}?(?:项目|仓库|代码库|团队|群组|组|频道|空间|工作区)"
    # a person's line naming the role in code and the step: "- 木村 陽菜：`Geneva-Reader` に追加"
    r"|[：:][ \t]?`[^`\n./\\]{2,60}`[ \t]?(?:に追加|へ追加|から削除|から除外|に変更|へ変更)"
    # an item shared with a group ticked in the share dialog: "「共有」→ グループ「委託業者_閲覧」にチェック"
    r"|共有」?[ \t]?(?:→|->|>|＞)[ \t]?(?:グループ[ \t]?)?「[^」\n]{1,40}」(?:に|を)(?:チェック|追加|選択)")
ATTESTATION = re.compile(
    r"適切である(?:こと|と)を?確認|権限は[^\s。、]{0,8}?(?:適切|妥当)|(?:アクセス権?|利用)(?:は|も)[^\s。、]{0,8}?(?:適切|妥当|正当)|棚卸し?(?:（[^）\n]{1,30}）)?の?(?:結果|を実施|を完了)|"
    r"(?:業務上)?妥当であることを(?:承認|確認)|(?:内部)?監査(?:向け|用)?の証跡として(?:提出|保存|保管)|"
    r"(?:アクセス|権限|ロール)(?:の)?妥当性を(?:確認|承認|検証)(?:済|しました|した|いたしました)|"
    r"(?:访问)?权限(?:是|均)?(?:适当|合理)|确认[^\s。]{0,10}?权限(?:适当|合理)|权限审查(?:结果|已完成)|"
    r"권한(?:이|은)?\s?적절|접근 권한 검토(?:를)? ?(?:결과|완료)|(?:전원|모두) 유지(?:로|하기로)? ?결정|"
    r"予以保留|应予收回|予以收回|经复核|复核人|"
    r"アクセスレビュー(?:の)?結果|レビュー結果|권한 검토 결과|검토 결과|회수\s?[:：]\s?\d+명"
    # a business need confirmed: "業務上必要であることを確認しました", "職務上必要な権限であることを確認"
    r"|(?:業務|職務)上(?:の)?必要(?:な[^\s。、]{1,8}?)?(?:である|な)ことを確認|(?:業務|職務)上(?:の)?必要と(?:確認|判断|承認)"
    # a list of holders handed to an audit: "管理者権限保有者一覧（2025年6月30日時点）"
    r"|(?:権限|アクセス権|ロール|特権ID|特権アカウント|管理者ID|管理者アカウント)(?:の)?(?:保有者|保持者)一覧"
    # a removal confirmed, no access left: closure notes ("已确认…均已移除", "无残留权限", "잔여 권한 없음")
    r"|已确认[^。\n]{0,80}?(?:均|都|全部)?已(?:移除|删除|撤销|收回|禁用|停用)|(?:无|没有|未发现)(?:任何)?(?:残留|剩余)(?:的)?(?:权限|访问)"
    r"|残存(?:する)?(?:権限|アクセス)(?:は|が)?(?:なし|ありません|ない)|削除されたことを確認"
    r"|(?:アクセス|権限|アカウント|ロール)(?:の)?(?:削除|剥奪|停止|無効化)を確認|ログインが(?:ない|無い)ことを確認"
    r"|(?:ID|アカウント|権限)の残存(?:は|が)?(?:なし|ありません|ない)"
    r"|잔여 (?:권한|접근)(?:은|이)?\s?없|(?:회수|삭제|제거)(?:되었음|된 것)을 확인"
    # "権限が存在しないことを確認済み", "本アクセスレビュー項目をクローズします": a removal checked, an item closed
    r"|(?:権限|アクセス権?|ロール)(?:が|は)?(?:存在しない|残っていない|残存していない)ことを確認"
    r"|(?:レビュー|棚卸し?)(?:の)?(?:項目|対象)?をクローズ"
    # the holders counted and judged: "管理者権限保持者は s.tanaka、k.ito の2名のみで、いずれも職務上適切です"
    r"|(?:権限|アクセス権|ロール)(?:の)?保持者は[^。\n]{0,60}?\d+名(?:のみ)?(?:で|であり|、)[^。\n]{0,20}?(?:適切|妥当)"
    # the holders listed by name in an audit answer: "…時点の保有者は以下の4名です", "持有人如下3人"
    r"|(?:保有者|保持者)は(?:以下|次)の\d+名|"
    r"(?:権限|アクセス権|ロール)[）)]?を(?:保有|保持|所持)(?:して(?:いる|おります)|する)(?:の|者)は[^。\n]{0,30}?"
    r"(?:以下|次)の\d+名|(?:持有人|持有者)(?:为|是)?(?:以下|如下)(?:的)?\d+(?:人|名)"
    # ... or who holds them, as of a day: "管理者権限を持つ利用者は、9月30日時点で以下の通りです"
    r"|(?:権限|アクセス権|ロール)を(?:持つ|保有する|保持する|有する)(?:利用者|ユーザー|アカウント|職員|者)は"
    r"[^。\n]{0,30}?(?:以下の通り|次の通り|以下のとおり|(?:以下|次)の\d+名)"
    # ... and no one else: "上記以外に管理者権限を持つアカウントはありません", "除上述人员外无其他人拥有管理员权限"
    r"|(?:上記|以上|これら)以外に[^。\n]{0,20}?(?:権限|アクセス権|ロール)を(?:持つ|保有する|保持する|有する)"
    r"[^。\n]{0,20}?(?:いません|ありません|存在しません|おりません)"
    r"|(?:上記|以上|これら)以外に[^。\n]{0,20}?(?:権限|アクセス権|ロール)の?(?:保持者|保有者)(?:は|が)"
    r"(?:いません|おりません|存在しません)"
    r"|除(?:上述|以上|上列)[^。\n]{0,20}?外[^。\n]{0,10}?(?:无|没有)(?:其他|其它)?[^。\n]{0,10}?(?:拥有|持有|具有)[^。\n]{0,10}?权限"
    # an audit's question about who holds an access, answered: "監査質問「…権限を持つ者」への回答",
    # "针对审计问题“谁拥有 … 权限”", "拥有…管理员权限的人员如下", "以下人员/主体拥有该权限"
    r"|監査[^。\n]{0,6}?質問[^。\n]{0,80}?(?:権限|ロール|特権ID|アクセス権)[^。\n]{0,30}?(?:者|人)[^。\n]{0,20}?回答"
    r"|审计问题[^。\n]{0,80}?(?:拥有|持有|具有)[^。\n]{0,40}?(?:权限|角色)"
    r"|(?:拥有|持有|具有)[^。\n]{0,30}?(?:权限|角色)的(?:人员|用户|账号|账户)(?:如下|为)"
    r"|以下(?:人员|用户|账号|账户|主体)[^。\n]{0,10}?(?:拥有|持有|具有)[^。\n]{0,6}?(?:权限|角色)"
    # a closure note: "经核实，…账号已于11月28日在目录中停用", "已不再持有任何…访问权限", "移除工作已完成，特此确认"
    r"|(?:经核实|经核查|经确认|经验证)[^。\n]{0,80}?(?:账号|账户|帐号|权限|访问)[^。\n]{0,40}?(?:已|均已)[^。\n]{0,16}?"
    r"(?:停用|禁用|删除|移除|撤销|收回|锁定|封禁)"
    r"|已不再(?:持有|拥有|具有)[^。\n]{0,20}?(?:权限|访问)"
    r"|(?:移除|删除|撤销|收回|停用)(?:工作)?已(?:全部)?完成[^。\n]{0,6}?特此确认")
# An entitlement recommendation: "推奨：承認", "建议：批准", "권장: 승인" (LABELS: a reviewer acts on it), in an
# answer about a request for access, a role or a permission.
RECOMMEND = re.compile(r"(?:推奨|推薦|推荐|建议|建議|권장|권고)(?:[ \t]?(?:判断|事項|意见|意見|사항))?\**[ \t]*[:：]"
                       r"[ \t]*\**[ \t]*(?:承認|付与|却下|剥奪|削除|批准|同意|授予|撤销|收回|승인|부여|회수|거절|반려)")
REQUEST_CONTEXT = re.compile(r"権限|ロール|アクセス|申請|权限|角色|访问|申请|권한|역할|접근|신청")
# An HR or directory attribute changed: department, manager, title.
ATTRIBUTE = re.compile(
    r"(?:部署|上長|上司|マネージャー|役職)[^。\n]{0,30}?(?:変更|更新)しました"
    r"|(?:部门|上级|直属经理|经理|职位)[^。\n]{0,20}?(?:变更|更改|调整)为"
    r"|(?:부서|관리자|직책|상사)(?:를|을)?[^.\n]{0,40}?(?:변경|수정)(?:했습니다|하였습니다|됨|완료)"
    # a labelled field line showing the change: "上長：高橋 誠 → 森本 由紀", "部门: 财务部 -> 审计部"
    r"|(?:部署|所属|上長|上司|役職|部门|上级|直属经理|经理|职位|부서|관리자|직책|상사)[ \t]*[:：][^\n:：]{1,40}?"
    r"(?:→|->|⇒)[ \t]*\S[^\n]{0,30}")
# A negation or a question right after the verb (Japanese, Korean) or just before it (Chinese).
NEGATED_AFTER = re.compile(r"[^。\n]{0,4}?(?:しない|しません|ないで|できません|하지 마|하지 않|않습니다)"
                           r"|[^。\n]{0,12}?[?？か]$")
NEGATED_BEFORE = re.compile(r"(?:不|请勿|不要|无需|禁止|未)[^。\n]{0,3}$")
WORDS = ("パスワード", "アカウント", "ユーザー", "認証", "権限", "ロール", "グループ", "アクセス", "棚卸",
         "適切", "密码", "账户", "账号", "帐户", "帐号", "用户", "权限", "角色", "组", "비밀번호", "계정", "사용자",
         "권한", "역할", "그룹", "リセット", "再設定", "無効化", "重置", "禁用", "재설정", "비활성화", "チーム", "复核",
         "保留", "收回", "代管", "密钥", "レビュー", "검토", "회수", "部署", "上長", "部门", "上级", "부서", "관리자",
         "妥当", "加入", "添加到", "添加至", "拉入", "拉进", "邀请到", "邀请进",
         "직책", "所属", "上司", "役職", "已创建", "已生成", "アクセスキー", "apiキー", "api キー",
         "デプロイキー", "sshキー", "액세스 키",
         "api 키", "确认", "残留", "剩余", "残存", "잔여", "확인", "クローズ", "推奨", "推薦", "推荐", "建议", "建議",
         "권장", "권고", "業務上", "職務上", "共有", "コラボレーター", "付与した", "割り当てした",
         "追加した", "부여한", "할당한", "추가한", "授予的", "マネージャー", "オーナー", "特権", "保有者", "保持者")
LIFE_ACTIONS = (("無効化", "disable"), ("停止", "disable"), ("ロック", "disable"), ("禁用", "disable"),
                ("停用", "disable"), ("锁定", "disable"), ("冻结", "disable"), ("凍結", "disable"),
                ("비활성화", "disable"),
                ("잠금", "disable"),
                ("削除", "delete"), ("删除", "delete"), ("삭제", "delete"), ("作成", "create"), ("発行", "create"),
                ("创建", "create"), ("생성", "create"), ("生成", "create"),
                ("발급", "create"), ("有効化", "modify"))
REVOKES = ("剥奪", "削除", "取り消", "撤销", "移除", "收回", "删除", "회수", "제거", "삭제")
# The words are a button's or a link's label: "'비밀번호 재설정' 링크를 눌러", "「パスワード再設定」リンク".
UI_LABEL = re.compile(r"[ \t]?['\"\u2019\u201d」』][ \t]?(?:링크|버튼|메뉴|탭|リンク|ボタン|メニュー|タブ|"
                      r"链接|按钮|菜单|选项|選項|連結|按鈕)")
ARIA = re.compile(r"aria", re.IGNORECASE)  # "ARIA ロールを付与": markup roles for screen readers
# A sentence that defines a term: "JITアクセスとは、必要なときだけ権限を付与し…考え方です", "即时访问是指…授予权限",
# "JIT 액세스란 … 권한을 부여하는 방식입니다": what a practice is, not a step taken.
DEFINITION = re.compile(r"とは[、,，]?[^。\n]*?(?:考え方|仕組み|方式|方法|手法|概念|こと|もの|仕組)(?:です|である|だ)"
                        r"|是指|指的是|(?:이)?란 [^.\n]{0,160}?(?:방식|개념|방법|원칙|것)(?:입니다|이다)")
REACH = 60
RULES = ((LIFECYCLE, "lifecycle", "reset", "prose-lifecycle-cjk"),
         (ACCESS, "access_change", "grant", "prose-access-cjk"),
         (RECOMMEND, "access_change", "grant", "recommendation-cjk"),
         (ATTESTATION, "attestation", "attest", "attest-cjk"),
         (ATTRIBUTE, "attestation", "modify", "attribute-change-cjk"))


# Text about language itself: tokenizers, morphemes, parts of speech, translations of a phrase.
LINGUISTICS = ("トークナイザ", "形態素", "品詞", "分かち書き", "分词", "词性", "形态素", "토크나이저", "형태소", "품사")


def cjk_hits(text: str, found: Found) -> list[Hit]:
    """Hits in `text` (`found`: where WORDS occur in its lower-cased form)."""
    windows = windows_around(found.positions(WORDS), len(text), REACH)
    if windows and any(map(text.__contains__, LINGUISTICS)):
        return []  # "「権限を付与する」は…の4トークンになります": a sentence split into tokens, not a grant
    hits: list[Hit] = []
    for pattern, kind, action, rule in RULES:
        if pattern is RECOMMEND and not REQUEST_CONTEXT.search(text):
            continue  # "推奨：承認" on an expense or a design: no access to act on
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            line_end = text.find("\n", m.end())
            after = text[m.end(): len(text) if line_end == -1 else line_end]
            if NEGATED_AFTER.match(after) or NEGATED_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
                    or ARIA.search(text, max(0, m.start() - 12), m.start()) or UI_LABEL.match(text, m.end()) \
                    or _in_definition(text, m.start()):
                continue
            hits.append(Hit(kind, m.start(), m.end(), 0.7, _action(kind, m.group(), action), rule=rule))
            break
    return hits


def _in_definition(text: str, at: int) -> bool:
    """Whether the sentence holding `at` defines a term."""
    start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [end for end in (text.find("。", at), text.find("\n", at)) if end != -1]
    return DEFINITION.search(text, start, min(ends) + 1 if ends else len(text)) is not None


def _action(kind: str, matched: str, default: str) -> str:
    if kind == "lifecycle":
        return next((action for verb, action in LIFE_ACTIONS if verb in matched), default)
    if kind == "access_change" and any(verb in matched for verb in REVOKES):
        return "revoke"
    return default
