import type { DocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Code, Group, Input, NativeSelect, Progress, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { When } from '../app/When';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { registerMessages } from '../i18n/messages';
import { documentsMessages } from './messages';
import { downloadDocument, UploadFailure, uploadDocument } from './transfer';

registerMessages(documentsMessages);

const FAILURE: Record<UploadFailure['kind'], MessageKey> = {
  rejected: 'documents.rejected',
  busy: 'documents.busy',
  notFound: 'error.notFound',
  failed: 'documents.failed',
};

const kindOf = (error: unknown): UploadFailure['kind'] => (error instanceof UploadFailure ? error.kind : 'failed');

/** A document as every list shows it. */
export interface ListedDocument<K extends string> {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly createdAt: string;
  readonly kind?: K;
}

/** Documents sorted by kind (a handoff's): the choices offered on upload, and the label of each. */
export interface DocumentKinds<K extends string> {
  readonly values: readonly K[];
  readonly label: (kind: K) => string;
}

interface DocumentsSectionProps<K extends string> {
  readonly documents: readonly ListedDocument<K>[];
  /** Where the documents live over HTTP, e.g. /mla-requests/{id}/documents. */
  readonly path: string;
  /** The query that lists them, fetched again after an upload. */
  readonly refetch: DocumentNode;
  readonly kinds?: DocumentKinds<K>;
  /** Said under the title (e.g. who may see them). */
  readonly note?: string;
}

/** The documents with their SHA-256, a download for each, and an upload with its progress. */
export function DocumentsSection<K extends string = never>({ documents, path, refetch, kinds, note }: DocumentsSectionProps<K>) {
  const t = useT();
  const intl = useIntl();
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const size = (bytes: number) =>
    bytes < 1024
      ? intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'long' })
      : intl.formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const download = (id: string, fileName: string) => {
    setFailure(null);
    downloadDocument(path, id, fileName).catch((error: unknown) => setFailure(FAILURE[kindOf(error)]));
  };
  return (
    <Stack component="section" aria-labelledby="documents-title">
      <Title order={2} id="documents-title">
        {t('documents.title')}
      </Title>
      {note && <Text>{note}</Text>}
      {failure && (
        <Alert color="red" role="alert">
          {t(failure, { requestId: '—' })}
        </Alert>
      )}
      {documents.length === 0 ? (
        <Text>{t('documents.none')}</Text>
      ) : (
        <Table withTableBorder data-testid="documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.file')}</Table.Th>
              {kinds && <Table.Th scope="col">{t('documents.kind')}</Table.Th>}
              <Table.Th scope="col">{t('documents.size')}</Table.Th>
              <Table.Th scope="col">{t('documents.sha256')}</Table.Th>
              <Table.Th scope="col">{t('documents.uploaded')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('documents.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row">
                  {d.fileName}
                  <Text size="sm">{d.mediaType}</Text>
                </Table.Th>
                {kinds && <Table.Td>{d.kind ? kinds.label(d.kind) : '—'}</Table.Td>}
                <Table.Td>{size(d.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Code style={{ wordBreak: 'break-all' }} data-testid="sha256">
                    {d.sha256}
                  </Code>
                </Table.Td>
                <Table.Td>
                  <When at={d.createdAt} />
                </Table.Td>
                <Table.Td>
                  <Button variant="default" size="xs" onClick={() => download(d.id, d.fileName)} aria-label={t('documents.downloadNamed', { name: d.fileName })}>
                    {t('documents.download')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <UploadForm path={path} refetch={refetch} kinds={kinds} />
    </Stack>
  );
}

function UploadForm<K extends string>({ path, refetch, kinds }: Pick<DocumentsSectionProps<K>, 'path' | 'refetch' | 'kinds'>) {
  const t = useT();
  const intl = useIntl();
  const client = useApolloClient();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<K | undefined>(kinds?.values[0]);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<{ sha256: string } | { failure: MessageKey } | null>(null);

  const upload = async () => {
    if (!file) return;
    setOutcome(null);
    setProgress(0);
    try {
      const document = await uploadDocument(kind ? `${path}?kind=${encodeURIComponent(kind)}` : path, file, setProgress);
      setOutcome({ sha256: document.sha256 });
      setFile(null);
      if (input.current) input.current.value = '';
      await client.refetchQueries({ include: [refetch] });
    } catch (error) {
      setOutcome({ failure: FAILURE[kindOf(error)] });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <Stack gap="xs">
      {kinds && (
        <NativeSelect
          label={t('documents.kind')}
          w="fit-content"
          value={kind}
          data={kinds.values.map((value) => ({ value, label: kinds.label(value) }))}
          onChange={(e) => setKind(kinds.values.find((k) => k === e.currentTarget.value))}
          data-testid="document-kind"
        />
      )}
      <Input.Wrapper label={t('documents.choose')} description={t('documents.chooseHint')} id={inputId}>
        <input
          id={inputId}
          ref={input}
          type="file"
          data-testid="document-file"
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          aria-describedby={`${inputId}-description`}
        />
      </Input.Wrapper>
      <Group>
        <Button onClick={() => void upload()} disabled={!file || progress !== null}>
          {t('documents.upload')}
        </Button>
      </Group>
      {progress !== null && (
        <Stack gap={4}>
          {/* The section is the progressbar: it carries the name. */}
          <Progress.Root size="lg">
            <Progress.Section value={percent} aria-label={t('documents.progress')} data-testid="upload-progress" />
          </Progress.Root>
          <Text size="sm" role="status">
            {t('documents.progressText', { percent: intl.formatNumber(progress, { style: 'percent' }) })}
          </Text>
        </Stack>
      )}
      {outcome && 'sha256' in outcome && (
        <Alert color="teal" role="status" data-testid="upload-done">
          {t('documents.done', { sha256: outcome.sha256 })}
        </Alert>
      )}
      {outcome && 'failure' in outcome && (
        <Alert color="red" role="alert">
          {t(outcome.failure, { requestId: '—' })}
        </Alert>
      )}
    </Stack>
  );
}
