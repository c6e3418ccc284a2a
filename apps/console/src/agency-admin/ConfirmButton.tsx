import { Button, ButtonProps, Group, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';

/** A button for a step that cannot simply be taken back: it asks first, in words that say what happens. */
export function ConfirmButton({ label, question, onConfirm, ...button }: ButtonProps & { label: string; question: string; onConfirm(): void }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <Button {...button} onClick={() => setAsking(true)}>
        {label}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('agencyAdmin.confirm.title')} centered closeButtonProps={{ 'aria-label': t('agencyAdmin.confirm.cancel') }}>
        <Text>{question}</Text>
        <Group mt="md" justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)}>
            {t('agencyAdmin.confirm.cancel')}
          </Button>
          <Button
            color={button.color}
            onClick={() => {
              setAsking(false);
              onConfirm();
            }}
          >
            {t('agencyAdmin.confirm.yes')}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
